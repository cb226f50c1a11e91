package la.anuyat.spectrum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * The technical assessment of one radio frequency licence application, kept on its case:
 * the band-plan fit (band, footnotes, why), the conflicts with active assignments, where
 * the station stands against the border, then the engineer's conclusion and, near the
 * border, the outcome of cross-border coordination. Keyed by its case.
 */
@Entity
@Table(name = "spectrum_assessment")
public class SpectrumAssessment {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict", nullable = false)
	private AssessmentReport.Verdict verdict;

	@Column(name = "allocation_edition", nullable = false)
	private String allocationEdition;

	@Enumerated(EnumType.STRING)
	@Column(name = "band_plan_outcome", nullable = false)
	private BandPlanFit.Outcome bandPlanOutcome;

	@Column(name = "band_plan_reason_lo")
	private String bandPlanReasonLo;

	@Column(name = "band_plan_reason_en")
	private String bandPlanReasonEn;

	@Column(name = "band_name_lo")
	private String bandNameLo;

	@Column(name = "band_name_en")
	private String bandNameEn;

	@Column(name = "footnote_lo")
	private String footnoteLo;

	@Column(name = "footnote_en")
	private String footnoteEn;

	@Column(name = "search_distance_km", nullable = false)
	private double searchDistanceKm;

	@Column(name = "threshold_db", nullable = false)
	private double thresholdDb;

	@Column(name = "candidates", nullable = false)
	private int candidates;

	@Column(name = "border_distance_km", nullable = false)
	private double borderDistanceKm;

	@Column(name = "inside_laos", nullable = false)
	private boolean insideLaos;

	@Column(name = "coordination_distance_km", nullable = false)
	private double coordinationDistanceKm;

	@Column(name = "coordination_required", nullable = false)
	private boolean coordinationRequired;

	@Column(name = "checked_at", nullable = false)
	private LocalDateTime checkedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "spectrum_assessment_conflict", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<SpectrumConflict> conflicts = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "review_outcome")
	private ReviewOutcome reviewOutcome;

	@Column(name = "review_justification")
	private String reviewJustification;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private LocalDateTime reviewedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "coordination_outcome")
	private CoordinationOutcome coordinationOutcome;

	@Column(name = "coordination_administrations")
	private String coordinationAdministrations;

	@Column(name = "coordination_reference")
	private String coordinationReference;

	@Column(name = "coordination_comment")
	private String coordinationComment;

	@Column(name = "coordinated_by")
	private String coordinatedBy;

	@Column(name = "coordinated_at")
	private LocalDateTime coordinatedAt;

	@Version
	private long version;

	protected SpectrumAssessment() {
	}

	SpectrumAssessment(long caseId) {
		this.caseId = caseId;
	}

	/**
	 * The check, made again from scratch (after an information request the answers may
	 * have changed): the engineer and the coordination conclude anew.
	 */
	void checked(String edition, AssessmentReport report, LocalDateTime at) {
		this.allocationEdition = edition;
		this.verdict = report.verdict();
		BandPlanFit fit = report.bandPlan();
		this.bandPlanOutcome = fit.outcome();
		this.bandPlanReasonLo = (fit.reason() != null) ? fit.reason().lo() : null;
		this.bandPlanReasonEn = (fit.reason() != null) ? fit.reason().en() : null;
		BandAllocation band = fit.band();
		this.bandNameLo = (band != null && band.name() != null) ? band.name().lo() : null;
		this.bandNameEn = (band != null && band.name() != null) ? band.name().en() : null;
		this.footnoteLo = (band != null && band.footnote() != null) ? band.footnote().lo() : null;
		this.footnoteEn = (band != null && band.footnote() != null) ? band.footnote().en() : null;
		this.searchDistanceKm = report.searchDistanceKm();
		this.thresholdDb = report.thresholdDb();
		this.candidates = report.candidates();
		this.borderDistanceKm = report.border().distanceKm();
		this.insideLaos = report.border().insideLaos();
		this.coordinationDistanceKm = report.border().coordinationDistanceKm();
		this.coordinationRequired = report.border().coordinationRequired();
		this.conflicts.clear();
		report.conflicts().forEach((conflict) -> this.conflicts.add(new SpectrumConflict(conflict)));
		this.checkedAt = at;
		this.reviewOutcome = null;
		this.reviewJustification = null;
		this.reviewedBy = null;
		this.reviewedAt = null;
		this.coordinationOutcome = null;
		this.coordinationAdministrations = null;
		this.coordinationReference = null;
		this.coordinationComment = null;
		this.coordinatedBy = null;
		this.coordinatedAt = null;
	}

	/**
	 * The engineer's conclusion: "no conflict" only when the check found none; accepting
	 * conflicts or refusing needs written reasons.
	 */
	void review(ReviewOutcome outcome, String reasons, String engineer, LocalDateTime at) {
		if (this.reviewOutcome != null) {
			throw new ConflictException("spectrum.alreadyReviewed", LocalizedText
				.of("ວິສະວະກອນໄດ້ສະຫຼຸບການປະເມີນນີ້ແລ້ວ", "The engineer has concluded this assessment already"));
		}
		if (outcome == ReviewOutcome.NO_CONFLICT && !this.conflicts.isEmpty()) {
			throw new ConflictException("spectrum.conflictsFound",
					LocalizedText.of(
							"ການກວດພົບການລົບກວນ " + this.conflicts.size()
									+ " ລາຍການ: ຍອມຮັບໄດ້ພຽງແຕ່ມີເຫດຜົນເປັນລາຍລັກອັກສອນ",
							"The check found " + this.conflicts.size()
									+ " conflict(s): they can only be accepted with a written justification"));
		}
		requireReasons(outcome != ReviewOutcome.NO_CONFLICT, reasons);
		this.reviewOutcome = outcome;
		this.reviewJustification = (reasons != null && !reasons.isBlank()) ? reasons.strip() : null;
		this.reviewedBy = engineer;
		this.reviewedAt = at;
	}

	/** Who is being coordinated with, and the reference of the coordination. */
	void coordinationDetails(String administrations, String reference) {
		List<FieldError> errors = new ArrayList<>();
		if (administrations == null || administrations.isBlank()) {
			errors.add(new FieldError("administrations",
					LocalizedText.of("ກະລຸນາລະບຸອົງການປະເທດໃກ້ຄຽງ", "Name the neighbouring administration(s)")));
		}
		if (reference == null || reference.isBlank()) {
			errors.add(new FieldError("reference",
					LocalizedText.of("ກະລຸນາໃສ່ເລກອ້າງອີງຂອງການປະສານງານ", "Give the reference of the coordination")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("spectrum.coordinationIncomplete",
					LocalizedText.of("ຂໍ້ມູນການປະສານງານບໍ່ຄົບ", "The coordination details are incomplete"), errors);
		}
		this.coordinationAdministrations = administrations.strip();
		this.coordinationReference = reference.strip();
	}

	/**
	 * The neighbours' answer; the administrations and the reference must be recorded
	 * first, and an objection needs its reasons.
	 */
	void coordinated(CoordinationOutcome outcome, String comment, String officer, LocalDateTime at) {
		if (this.coordinationOutcome != null) {
			throw new ConflictException("spectrum.alreadyCoordinated",
					LocalizedText.of("ການປະສານງານນີ້ສຳເລັດແລ້ວ", "This coordination is concluded already"));
		}
		if (this.coordinationAdministrations == null || this.coordinationReference == null) {
			throw new ConflictException("spectrum.coordinationDetailsMissing",
					LocalizedText.of("ກະລຸນາບັນທຶກອົງການປະເທດໃກ້ຄຽງ ແລະ ເລກອ້າງອີງກ່ອນ",
							"Record the neighbouring administration(s) and the coordination reference first"));
		}
		requireReasons(outcome == CoordinationOutcome.OBJECTED, comment);
		this.coordinationOutcome = outcome;
		this.coordinationComment = (comment != null && !comment.isBlank()) ? comment.strip() : null;
		this.coordinatedBy = officer;
		this.coordinatedAt = at;
	}

	private static void requireReasons(boolean required, String reasons) {
		if (required && (reasons == null || reasons.isBlank())) {
			LocalizedText text = LocalizedText.of("ກະລຸນາຂຽນເຫດຜົນ", "Write the justification");
			throw new InvalidInputException("spectrum.justificationRequired", text,
					List.of(new FieldError("comment", text)));
		}
	}

	public long getCaseId() {
		return this.caseId;
	}

	public AssessmentReport.Verdict getVerdict() {
		return this.verdict;
	}

	public String getAllocationEdition() {
		return this.allocationEdition;
	}

	public BandPlanFit.Outcome getBandPlanOutcome() {
		return this.bandPlanOutcome;
	}

	/** Why the request fits the band plan or not. */
	public LocalizedText bandPlanReason() {
		return (this.bandPlanReasonEn != null) ? LocalizedText.of(this.bandPlanReasonLo, this.bandPlanReasonEn) : null;
	}

	/** The band of the table that decided the fit, if any. */
	public LocalizedText band() {
		return (this.bandNameEn != null) ? LocalizedText.of(this.bandNameLo, this.bandNameEn) : null;
	}

	/** The national footnotes of that band. */
	public LocalizedText footnote() {
		return (this.footnoteEn != null) ? LocalizedText.of(this.footnoteLo, this.footnoteEn) : null;
	}

	public double getSearchDistanceKm() {
		return this.searchDistanceKm;
	}

	public double getThresholdDb() {
		return this.thresholdDb;
	}

	public int getCandidates() {
		return this.candidates;
	}

	public double getBorderDistanceKm() {
		return this.borderDistanceKm;
	}

	public boolean isInsideLaos() {
		return this.insideLaos;
	}

	public double getCoordinationDistanceKm() {
		return this.coordinationDistanceKm;
	}

	public boolean isCoordinationRequired() {
		return this.coordinationRequired;
	}

	public LocalDateTime getCheckedAt() {
		return this.checkedAt;
	}

	public List<SpectrumConflict> getConflicts() {
		return List.copyOf(this.conflicts);
	}

	public ReviewOutcome getReviewOutcome() {
		return this.reviewOutcome;
	}

	public String getReviewJustification() {
		return this.reviewJustification;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public CoordinationOutcome getCoordinationOutcome() {
		return this.coordinationOutcome;
	}

	public String getCoordinationAdministrations() {
		return this.coordinationAdministrations;
	}

	public String getCoordinationReference() {
		return this.coordinationReference;
	}

	public String getCoordinationComment() {
		return this.coordinationComment;
	}

	public String getCoordinatedBy() {
		return this.coordinatedBy;
	}

}

package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * What a complaint knows beyond its case file: the tracking code the complainant follows
 * it by, the category, where and what happened, the operator's response, the assessment,
 * the decision as the public reads it, the rating and how often it was reopened. The case
 * file (number, authority, parties, review, history) is the case core's; this aggregate
 * names it by its {@link CaseId}. Each verb refuses when the complaint is not at the step
 * it belongs to.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "tracking_code", nullable = false, unique = true)
	private String trackingCode;

	@Column(name = "category", nullable = false)
	private String category;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false)
	private ComplaintChannel channel;

	@Column(name = "language", nullable = false)
	private String language;

	@Column(name = "anonymous", nullable = false)
	private boolean anonymous;

	@Column(name = "respondent_company_id")
	private Long respondentCompanyId;

	@Column(name = "province_code", nullable = false)
	private String provinceCode;

	@Column(name = "district")
	private String district;

	@Column(name = "place")
	private String place;

	@Column(name = "latitude")
	private Double latitude;

	@Column(name = "longitude")
	private Double longitude;

	@Column(name = "description", nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "stage", nullable = false)
	private ComplaintStage stage;

	@Column(name = "filed_at", nullable = false)
	private LocalDateTime filedAt;

	@Column(name = "updated_at", nullable = false)
	private LocalDateTime updatedAt;

	@Column(name = "response_due")
	private LocalDateTime responseDue;

	@Column(name = "response")
	private String response;

	@Column(name = "responded_at")
	private LocalDateTime respondedAt;

	@Column(name = "response_overdue", nullable = false)
	private boolean responseOverdue;

	@Column(name = "assessment")
	private String assessment;

	@Column(name = "remedy")
	private String remedy;

	@Column(name = "upheld")
	private Boolean upheld;

	@Column(name = "decision_reasons")
	private String decisionReasons;

	@Column(name = "decided_at")
	private LocalDateTime decidedAt;

	@Column(name = "window_closes_at")
	private LocalDateTime windowClosesAt;

	@Column(name = "rating")
	private Integer rating;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "times_reopened", nullable = false)
	private int timesReopened;

	protected Complaint() {
	}

	Complaint(CaseId caseId, String trackingCode, ComplaintIntake intake, LocalDateTime at) {
		this.caseId = caseId.value();
		this.trackingCode = Objects.requireNonNull(trackingCode, "trackingCode");
		this.category = intake.category();
		this.channel = intake.channel();
		this.language = "en".equals(intake.language().getLanguage()) ? "en" : "lo";
		this.anonymous = intake.anonymous();
		this.respondentCompanyId = intake.respondentCompanyId();
		this.provinceCode = intake.provinceCode();
		this.district = blankToNull(intake.district());
		this.place = blankToNull(intake.place());
		this.latitude = intake.latitude();
		this.longitude = intake.longitude();
		this.description = intake.description().strip();
		this.stage = ComplaintStage.RECEIVED;
		this.filedAt = at;
		this.updatedAt = at;
	}

	/** Triage corrects the category or names the operator. */
	void correct(String category, Long respondentCompanyId, LocalDateTime at) {
		requireStage("complaint.notInTriage", ComplaintStage.RECEIVED);
		this.category = Objects.requireNonNull(category, "category");
		this.respondentCompanyId = respondentCompanyId;
		this.updatedAt = at;
	}

	/** Triage found the complaint not for the regulator, or a duplicate. */
	void dismiss(String reasons, LocalDateTime at) {
		requireStage("complaint.notInTriage", ComplaintStage.RECEIVED);
		this.decisionReasons = reasons;
		this.stage = ComplaintStage.DISMISSED;
		this.decidedAt = at;
		this.updatedAt = at;
	}

	/** The operator is asked to respond by the due date. */
	void awaitResponse(LocalDateTime due, LocalDateTime at) {
		requireStage("complaint.notInTriage", ComplaintStage.RECEIVED);
		if (this.respondentCompanyId == null) {
			throw new ConflictException("complaint.noRespondent", LocalizedText.of("ຍັງບໍ່ໄດ້ລະບຸຜູ້ໃຫ້ບໍລິການ",
					"No operator is named: nobody can be asked to respond"));
		}
		this.responseDue = due;
		this.stage = ComplaintStage.AWAITING_RESPONSE;
		this.updatedAt = at;
	}

	void respond(String text, LocalDateTime at) {
		requireStage("complaint.noResponseExpected", ComplaintStage.AWAITING_RESPONSE);
		this.response = text;
		this.respondedAt = at;
		this.stage = ComplaintStage.IN_ASSESSMENT;
		this.updatedAt = at;
	}

	void markResponseOverdue(LocalDateTime at) {
		requireStage("complaint.noResponseExpected", ComplaintStage.AWAITING_RESPONSE);
		this.responseOverdue = true;
		this.updatedAt = at;
	}

	/** The assessment goes on: without a response when the operator gave none in time. */
	void beginAssessment(LocalDateTime at) {
		requireStage("complaint.notInTriage", ComplaintStage.RECEIVED, ComplaintStage.AWAITING_RESPONSE,
				ComplaintStage.IN_ASSESSMENT);
		this.stage = ComplaintStage.IN_ASSESSMENT;
		this.updatedAt = at;
	}

	void assess(String assessment, String remedy, LocalDateTime at) {
		requireStage("complaint.notInAssessment", ComplaintStage.IN_ASSESSMENT);
		this.assessment = assessment;
		if (remedy != null) {
			this.remedy = remedy;
		}
		this.stage = ComplaintStage.IN_REVIEW;
		this.updatedAt = at;
	}

	/**
	 * The assessment sends the complaint to mediation instead of straight to review; only
	 * a complaint against a named operator can be mediated.
	 */
	void mediate(String assessment, LocalDateTime at) {
		requireStage("complaint.notInAssessment", ComplaintStage.IN_ASSESSMENT);
		if (this.respondentCompanyId == null) {
			throw new ConflictException("complaint.noRespondent",
					LocalizedText.of("ຍັງບໍ່ໄດ້ລະບຸຜູ້ໃຫ້ບໍລິການ, ໄກ່ເກ່ຍບໍ່ໄດ້",
							"No operator is named: there is nobody to mediate with"));
		}
		this.assessment = assessment;
		this.stage = ComplaintStage.IN_MEDIATION;
		this.updatedAt = at;
	}

	/**
	 * The mediation meeting is recorded and the complaint goes to review; what the
	 * parties agreed becomes the remedy the decision names.
	 */
	void mediated(String agreement, LocalDateTime at) {
		requireStage("complaint.notInMediation", ComplaintStage.IN_MEDIATION);
		if (agreement != null) {
			this.remedy = agreement;
		}
		this.stage = ComplaintStage.IN_REVIEW;
		this.updatedAt = at;
	}

	/** Whether a mediation meeting may be scheduled or recorded now. */
	public boolean inMediation() {
		return this.stage == ComplaintStage.IN_MEDIATION;
	}

	/**
	 * The remedy the assessment proposes (a refund, a repair), before it goes to review.
	 */
	void proposeRemedy(String remedy, LocalDateTime at) {
		requireStage("complaint.notInAssessment", ComplaintStage.IN_ASSESSMENT);
		this.remedy = remedy;
		this.updatedAt = at;
	}

	void decide(boolean upheld, String reasons, LocalDateTime windowClosesAt, LocalDateTime at) {
		requireStage("complaint.notInReview", ComplaintStage.IN_REVIEW);
		this.upheld = upheld;
		this.decisionReasons = reasons;
		this.decidedAt = at;
		this.windowClosesAt = windowClosesAt;
		this.stage = upheld ? ComplaintStage.UPHELD : ComplaintStage.NOT_UPHELD;
		this.updatedAt = at;
	}

	/** The complainant rates the handling, once, within the window after the decision. */
	void rate(int stars, String comment, LocalDateTime at) {
		requireWindow(at);
		if (stars < 1 || stars > 5) {
			LocalizedText text = LocalizedText.of("ໃຫ້ຄະແນນແຕ່ 1 ຫາ 5", "Give a rating from 1 to 5");
			throw new InvalidInputException("complaint.ratingRange", text,
					java.util.List.of(new FieldError("rating", text)));
		}
		if (this.rating != null) {
			throw new ConflictException("complaint.alreadyRated",
					LocalizedText.of("ທ່ານໃຫ້ຄະແນນແລ້ວ", "This complaint has already been rated"));
		}
		this.rating = stars;
		this.ratingComment = comment;
		this.updatedAt = at;
	}

	/**
	 * The complainant reopens the decided complaint within its window: it is assessed
	 * again.
	 */
	void reopen(LocalDateTime at) {
		requireWindow(at);
		this.timesReopened++;
		this.upheld = null;
		this.decidedAt = null;
		this.windowClosesAt = null;
		this.rating = null;
		this.ratingComment = null;
		this.stage = ComplaintStage.IN_ASSESSMENT;
		this.updatedAt = at;
	}

	/** The window for rating and reopening ended: the complaint is closed for good. */
	void close(LocalDateTime at) {
		requireStage("complaint.notDecided", ComplaintStage.UPHELD, ComplaintStage.NOT_UPHELD);
		this.stage = ComplaintStage.CLOSED;
		this.updatedAt = at;
	}

	/** Whether the complainant may still rate or reopen the complaint at this moment. */
	public boolean windowOpenAt(LocalDateTime at) {
		return this.stage.isDecided() && this.windowClosesAt != null && at.isBefore(this.windowClosesAt);
	}

	private void requireWindow(LocalDateTime at) {
		if (!windowOpenAt(at)) {
			throw new ConflictException("complaint.windowClosed",
					LocalizedText.of("ໝົດເວລາໃຫ້ຄະແນນ ຫຼື ຂໍເປີດຄືນຄຳຮ້ອງທຸກນີ້ແລ້ວ",
							"This complaint can no longer be rated or reopened"));
		}
	}

	private void requireStage(String code, ComplaintStage... allowed) {
		for (ComplaintStage candidate : allowed) {
			if (this.stage == candidate) {
				return;
			}
		}
		throw new ConflictException(code,
				LocalizedText.of("ບໍ່ສາມາດເຮັດສິ່ງນີ້ໄດ້ ເພາະຄຳຮ້ອງທຸກຢູ່ໃນຂັ້ນ \"" + this.stage.label().lo() + "\"",
						"This cannot be done while the complaint is \"" + this.stage.label().en() + "\""));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public CaseId getCaseId() {
		return new CaseId(this.caseId);
	}

	public String getTrackingCode() {
		return this.trackingCode;
	}

	public String getCategory() {
		return this.category;
	}

	public ComplaintChannel getChannel() {
		return this.channel;
	}

	/** The language the complainant wrote in. */
	public Locale getLanguage() {
		return Locale.forLanguageTag(this.language);
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	/** The operator complained about, or null when unknown. */
	public Long getRespondentCompanyId() {
		return this.respondentCompanyId;
	}

	public String getProvinceCode() {
		return this.provinceCode;
	}

	public String getDistrict() {
		return this.district;
	}

	public String getPlace() {
		return this.place;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public String getDescription() {
		return this.description;
	}

	public ComplaintStage getStage() {
		return this.stage;
	}

	public LocalDateTime getFiledAt() {
		return this.filedAt;
	}

	public LocalDateTime getUpdatedAt() {
		return this.updatedAt;
	}

	public LocalDateTime getResponseDue() {
		return this.responseDue;
	}

	public String getResponse() {
		return this.response;
	}

	public LocalDateTime getRespondedAt() {
		return this.respondedAt;
	}

	public boolean isResponseOverdue() {
		return this.responseOverdue;
	}

	public String getAssessment() {
		return this.assessment;
	}

	public String getRemedy() {
		return this.remedy;
	}

	/** Whether the decision upheld the complaint; null until decided. */
	public Boolean getUpheld() {
		return this.upheld;
	}

	public String getDecisionReasons() {
		return this.decisionReasons;
	}

	public LocalDateTime getDecidedAt() {
		return this.decidedAt;
	}

	public LocalDateTime getWindowClosesAt() {
		return this.windowClosesAt;
	}

	public Integer getRating() {
		return this.rating;
	}

	public String getRatingComment() {
		return this.ratingComment;
	}

	public int getTimesReopened() {
		return this.timesReopened;
	}

}

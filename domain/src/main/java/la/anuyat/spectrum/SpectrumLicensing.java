package la.anuyat.spectrum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.identity.Actor;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.Licence;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.spectrum.internal.AssignmentRepository;
import la.anuyat.spectrum.internal.SpectrumAssessmentRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The radio frequency licence: the technical assessment of an application kept on its
 * case (band plan, interference with every active assignment, border), the engineer's
 * review, cross-border coordination, and on issue the assignment's entry in the register.
 */
@Service
@Transactional
public class SpectrumLicensing {

	private final SpectrumService spectrum;

	private final SpectrumAssessmentRepository assessments;

	private final AssignmentRepository assignments;

	private final CaseFileService cases;

	private final AuditTrail audit;

	private final SpectrumLicenceRules rules;

	private final Clock clock;

	public SpectrumLicensing(SpectrumService spectrum, SpectrumAssessmentRepository assessments,
			AssignmentRepository assignments, CaseFileService cases, AuditTrail audit, SpectrumLicenceRules rules,
			Clock clock) {
		this.spectrum = spectrum;
		this.assessments = assessments;
		this.assignments = assignments;
		this.cases = cases;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	/** The station and emission an application asks for. */
	public static SpectrumApplication applicationOf(CaseFile caseFile) {
		return SpectrumApplication.fromForm(caseFile.getFormData());
	}

	/**
	 * Runs the technical assessment of the case's application and keeps its report on the
	 * case; a check made again (after an information request) replaces the earlier one.
	 */
	public SpectrumAssessment assess(long caseId) {
		CaseFile caseFile = this.cases.caseById(caseId);
		AssessmentReport report = this.spectrum.assess(applicationOf(caseFile).request());
		String edition = this.spectrum.allocationTable().table().getEdition();
		SpectrumAssessment assessment = this.assessments.findById(caseId)
			.orElseGet(() -> new SpectrumAssessment(caseId));
		assessment.checked(edition, report, LocalDateTime.now(this.clock));
		assessment = this.assessments.save(assessment);
		String conflicts = assessment.getConflicts()
			.stream()
			.map((conflict) -> String.format(Locale.ROOT, "%s %.1f km %.3f MHz margin %.1f dB",
					conflict.getAssignmentReference(), conflict.getDistanceKm(), conflict.getFrequencySeparationMhz(),
					conflict.getMarginDb()))
			.collect(Collectors.joining("; "));
		this.cases.recordHistory(caseId, Actor.system(), "spectrum.assessed", summary(assessment),
				"verdict=" + assessment.getVerdict() + " border=" + Math.round(assessment.getBorderDistanceKm()) + "km"
						+ (conflicts.isEmpty() ? "" : " conflicts: " + conflicts));
		return assessment;
	}

	/**
	 * Ends the application refused because the request does not fit the band plan, with
	 * the band-plan check's reason.
	 */
	public void refuseOutsideBandPlan(long caseId) {
		SpectrumAssessment assessment = assessmentOrFail(caseId);
		LocalizedText reason = assessment.bandPlanReason();
		this.cases.refuse(caseId, Actor.system(),
				LocalizedText.of("ຄຳຮ້ອງບໍ່ສອດຄ່ອງກັບຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່: " + reason.lo(),
						"The request does not fit the frequency allocation table: " + reason.en()));
	}

	/** The engineer's conclusion on the report. */
	public SpectrumAssessment review(Actor engineer, long caseId, ReviewOutcome outcome, String justification) {
		SpectrumAssessment assessment = assessmentOrFail(caseId);
		assessment.review(outcome, justification, engineer.username(), LocalDateTime.now(this.clock));
		this.cases.recordHistory(caseId, engineer, "spectrum.reviewed",
				LocalizedText.of("ວິສະວະກອນສະຫຼຸບການປະເມີນຄື້ນຄວາມຖີ່: " + outcome.taskOutcome(),
						"The engineer concluded the spectrum assessment: " + outcome.taskOutcome()),
				assessment.getReviewJustification());
		if (outcome == ReviewOutcome.REFUSED) {
			this.cases.refuse(caseId, engineer,
					LocalizedText.of("ວິສະວະກອນປະຕິເສດ: " + assessment.getReviewJustification(),
							"Refused by the engineer: " + assessment.getReviewJustification()));
		}
		return assessment;
	}

	/**
	 * Records with whom a station near the border is coordinated and the reference of the
	 * coordination, before its outcome.
	 */
	public SpectrumAssessment recordCoordination(Actor officer, long caseId, String administrations, String reference) {
		SpectrumAssessment assessment = assessmentOrFail(caseId);
		assessment.coordinationDetails(administrations, reference);
		this.cases.recordHistory(caseId, officer, "spectrum.coordinationRecorded",
				LocalizedText.of(
						"ປະສານງານກັບ " + assessment.getCoordinationAdministrations() + " ("
								+ assessment.getCoordinationReference() + ")",
						"Coordinated with " + assessment.getCoordinationAdministrations() + " ("
								+ assessment.getCoordinationReference() + ")"),
				null);
		return assessment;
	}

	/** The outcome of cross-border coordination; an objection refuses the application. */
	public SpectrumAssessment coordinated(Actor officer, long caseId, CoordinationOutcome outcome, String comment) {
		SpectrumAssessment assessment = assessmentOrFail(caseId);
		assessment.coordinated(outcome, comment, officer.username(), LocalDateTime.now(this.clock));
		this.cases
			.recordHistory(caseId, officer, "spectrum.coordinated",
					LocalizedText.of("ຜົນການປະສານງານຂ້າມຊາຍແດນ: " + outcome.taskOutcome(),
							"Cross-border coordination: " + outcome.taskOutcome()),
					assessment.getCoordinationComment());
		if (outcome == CoordinationOutcome.OBJECTED) {
			this.cases.refuse(caseId, officer, LocalizedText.of(
					"ອົງການປະເທດໃກ້ຄຽງ (" + assessment.getCoordinationAdministrations() + ") ຄັດຄ້ານ: "
							+ assessment.getCoordinationComment(),
					"Objected to by the neighbouring administration(s) (" + assessment.getCoordinationAdministrations()
							+ "): " + assessment.getCoordinationComment()));
		}
		return assessment;
	}

	@Transactional(readOnly = true)
	public Optional<SpectrumAssessment> assessmentOf(long caseId) {
		return this.assessments.findById(caseId);
	}

	/**
	 * The assignment a radio frequency licence being issued makes: it joins the register,
	 * active, licensed to the holder for the licence's validity, so that later
	 * applications are checked against it. Nothing for a licence of another type.
	 */
	public Optional<Assignment> assign(CaseFile caseFile, Licence licence) {
		if (!this.rules.licensesFrequencies(caseFile.getCaseType())) {
			return Optional.empty();
		}
		Optional<Assignment> done = this.assignments.findByCaseId(caseFile.getId());
		if (done.isPresent()) {
			return done;
		}
		String licensee = (licence.getHolderNameEn() != null && !licence.getHolderNameEn().isBlank())
				? licence.getHolderNameEn() : licence.getHolderNameLo();
		String reference = "SPA-" + licence.getLicenceNumber();
		reference = reference.substring(0, Math.min(40, reference.length()));
		LocalDate from = (licence.getIssuedOn() != null) ? licence.getIssuedOn() : LocalDate.now(this.clock);
		Assignment assignment = this.spectrum.register(applicationOf(caseFile).details(reference,
				caseFile.getProvinceCode(), licensee, from, licence.getValidUntil()));
		assignment.licensedBy(licence.getCompanyId(), licence.getLicenceNumber(), caseFile.getId());
		this.cases.addReference(caseFile.getId(), reference, "spectrum.assigned",
				LocalizedText.of("ການກຳນົດຄື້ນຄວາມຖີ່ " + reference + " ເຂົ້າທະບຽນ",
						"Frequency assignment " + reference + " entered in the register"));
		this.audit.record(licence.getIssuedBy(), "spectrum.assigned", "assignment", reference,
				"case=" + caseFile.getCaseNumber() + " licence=" + licence.getLicenceNumber() + " frequency="
						+ assignment.getCentreFrequencyMhz() + "MHz",
				null);
		return Optional.of(assignment);
	}

	/** The certificate's rows of a radio frequency licence: the assignment it made. */
	@Transactional(readOnly = true)
	public List<CertificateRow> certificateRows(Licence licence) {
		if (licence.getCaseId() == null) {
			return List.of();
		}
		return this.assignments.findByCaseId(licence.getCaseId())
			.map((assignment) -> List.of(
					new CertificateRow("ເລກອ້າງອີງການກຳນົດຄື້ນຄວາມຖີ່", "Assignment reference",
							assignment.getReference(), null),
					new CertificateRow("ຄວາມຖີ່ສູນກາງ", "Centre frequency",
							format(assignment.getCentreFrequencyMhz()) + " MHz", null),
					new CertificateRow("ລະຫັດການປ່ອຍຄື້ນ", "Emission", assignment.getEmissionDesignator(), null)))
			.orElse(List.of());
	}

	/** A company's frequencies: the assignments its licences made, by frequency. */
	@Transactional(readOnly = true)
	public List<Assignment> frequenciesOf(long companyId) {
		return this.assignments.findByHolderCompanyIdOrderByCentreFrequencyMhzAscReferenceAsc(companyId);
	}

	private SpectrumAssessment assessmentOrFail(long caseId) {
		return this.assessments.findById(caseId)
			.orElseThrow(() -> new ConflictException("spectrum.notAssessed", LocalizedText
				.of("ຄຳຮ້ອງນີ້ຍັງບໍ່ໄດ້ຮັບການປະເມີນທາງດ້ານເຕັກນິກ", "This application has not been assessed yet")));
	}

	private static LocalizedText summary(SpectrumAssessment assessment) {
		String border = String.format(Locale.ROOT, "%.1f km", assessment.getBorderDistanceKm());
		return switch (assessment.getVerdict()) {
			case OUTSIDE_BAND_PLAN -> LocalizedText.of("ບໍ່ສອດຄ່ອງກັບຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່",
					"Does not fit the frequency allocation table");
			case CONFLICTS -> LocalizedText.of(
					"ພົບການລົບກວນກັບການກຳນົດຄື້ນຄວາມຖີ່ " + assessment.getConflicts().size() + " ລາຍການ; ຫ່າງຊາຍແດນ "
							+ border,
					"Conflicts with " + assessment.getConflicts().size() + " assignment(s); " + border
							+ " from the border");
			case CLEAR -> LocalizedText.of("ບໍ່ພົບການລົບກວນ; ຫ່າງຊາຍແດນ " + border,
					"No conflict found; " + border + " from the border");
		};
	}

	private static String format(double number) {
		return (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
	}

}

package la.anuyat.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.Decision;
import la.anuyat.licence.internal.LicenceMeasureRepository;
import la.anuyat.licence.internal.LicenceRepository;
import la.anuyat.licence.internal.LicenceTypeRepository;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.SafeText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence after its issue: measures (suspension until a date, revocation) proposed by
 * a section officer of the licence's authority and section, cancellation at the holder's
 * request, the lifting of a suspension at its end, reminders before the end of validity
 * and expiry. Each measure is a case of the SANCTION family whose process
 * (licence-sanction) calls the steps here in order; every change of a licence is audited
 * and published as {@link LicenceStatusChanged}.
 */
@Service
@Transactional
public class LicenceLifecycle {

	private static final String SUBJECT = "licence";

	private final LicenceRepository licences;

	private final LicenceTypeRepository types;

	private final LicenceMeasureRepository measures;

	private final CaseFileService cases;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public LicenceLifecycle(LicenceRepository licences, LicenceTypeRepository types, LicenceMeasureRepository measures,
			CaseFileService cases, AuthorityService authorities, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.licences = licences;
		this.types = types;
		this.measures = measures;
		this.cases = cases;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A section officer's proposal to suspend or revoke a licence in force: opens its
	 * case. Only officers of the licence's authority, and of its type's section when they
	 * belong to one, may propose; only one measure per licence is open at a time.
	 */
	public LicenceMeasure proposeSanction(Actor officer, String licenceNumber, SanctionDraft draft) {
		Licence licence = licenceInJurisdiction(officer, licenceNumber);
		requireSectionOfficer(officer, licence);
		if (draft == null || draft.measure() == null || draft.measure() == Measure.CANCEL) {
			throw invalid("measure",
					LocalizedText.of("ເລືອກມາດຕະການ: ໂຈະ ຫຼື ຖອນ", "Choose the measure: suspend or revoke"));
		}
		LocalDate today = today();
		String groundsLo = blankToNull(draft.groundsLo());
		String groundsEn = blankToNull(draft.groundsEn());
		if (groundsLo == null && groundsEn == null) {
			throw invalid("grounds",
					LocalizedText.of("ກະລຸນາຂຽນເຫດຜົນຂອງມາດຕະການ", "Write the grounds of the measure"));
		}
		LocalizedText groundsLabel = LocalizedText.of("ເຫດຜົນ", "Grounds");
		SafeText.require("grounds", groundsLabel, groundsLo);
		SafeText.require("grounds", groundsLabel, groundsEn);
		VerificationStatus now = licence.verificationStatus(today);
		if (draft.measure() == Measure.SUSPEND) {
			if (now != VerificationStatus.VALID) {
				throw notInForce(licence, draft.measure());
			}
			if (draft.until() == null || !draft.until().isAfter(today)
					|| draft.until().isAfter(licence.getValidUntil())) {
				throw invalid("until",
						LocalizedText.of(
								"ວັນສິ້ນສຸດການໂຈະຕ້ອງຫຼັງມື້ນີ້ ແລະ ກ່ອນໃບອະນຸຍາດໝົດອາຍຸ (" + licence.getValidUntil()
										+ ")",
								"The suspension must end after today and within the licence's validity (until "
										+ licence.getValidUntil() + ")"));
			}
		}
		else if (now != VerificationStatus.VALID && now != VerificationStatus.SUSPENDED) {
			throw notInForce(licence, draft.measure());
		}
		refuseSecondOpenMeasure(licence);
		StatusReason category = (draft.category() != null && draft.category() != StatusReason.HOLDER_REQUEST
				&& draft.category() != StatusReason.END_OF_VALIDITY) ? draft.category()
						: StatusReason.BREACH_OF_CONDITIONS;
		LocalDate until = (draft.measure() == Measure.SUSPEND) ? draft.until() : null;
		String untilLo = (until != null) ? " ຮອດວັນທີ " + until : "";
		String untilEn = (until != null) ? " until " + until : "";
		CaseFile caseFile = this.cases.openCase(officer, draft.measure().caseType(), licence.getAuthorityCode(),
				licence.getCompanyId(), holderUsername(licence, officer), null,
				LocalizedText.of("ສະເໜີ" + draft.measure().verb().lo() + "ໃບອະນຸຍາດ " + licenceNumber + untilLo,
						"Proposed to " + draft.measure().verb().en() + " licence " + licenceNumber + untilEn));
		LicenceMeasure measure = this.measures.save(new LicenceMeasure(caseFile.getId(), caseFile.getCaseNumber(),
				licenceNumber, draft.measure(), until, category, (groundsLo != null) ? groundsLo : groundsEn, groundsEn,
				draft.urgent(), officer.username(), now()));
		this.audit.record(officer.username(), "licence.measureProposed", SUBJECT, licenceNumber, "case="
				+ caseFile.getCaseNumber() + " measure=" + draft.measure() + untilEn + " urgent=" + draft.urgent(),
				this.authorities.delegationReferenceOf(officer));
		return measure;
	}

	/**
	 * The holder's request to cancel their licence: opens its case, which a section
	 * officer confirms.
	 */
	public LicenceMeasure requestCancellation(Actor applicant, String licenceNumber, String reason) {
		Licence licence = licenceOfHolder(applicant, licenceNumber);
		if (!licence.isOpen() || licence.verificationStatus(today()) == VerificationStatus.EXPIRED) {
			throw notInForce(licence, Measure.CANCEL);
		}
		String text = blankToNull(reason);
		SafeText.require("reason", LocalizedText.of("ເຫດຜົນ", "Reason"), text);
		refuseSecondOpenMeasure(licence);
		CaseFile caseFile = this.cases.openCase(applicant, Measure.CANCEL.caseType(), licence.getAuthorityCode(),
				licence.getCompanyId(), applicant.username(), null,
				LocalizedText.of("ຜູ້ຖືຂໍຍົກເລີກໃບອະນຸຍາດ " + licenceNumber,
						"The holder asks to cancel licence " + licenceNumber));
		String grounds = (text != null) ? text : "-";
		LicenceMeasure measure = this.measures
			.save(new LicenceMeasure(caseFile.getId(), caseFile.getCaseNumber(), licenceNumber, Measure.CANCEL, null,
					StatusReason.HOLDER_REQUEST, grounds, null, false, applicant.username(), now()));
		this.audit.record(applicant.username(), "licence.cancellationRequested", SUBJECT, licenceNumber,
				"case=" + caseFile.getCaseNumber(), null);
		return measure;
	}

	@Transactional(readOnly = true)
	public LicenceMeasure measureOfCase(long caseId) {
		return this.measures.findByCaseId(caseId)
			.orElseThrow(() -> new NotFoundException("measure.notFound",
					LocalizedText.of("ບໍ່ພົບມາດຕະການ", "No measure for case #" + caseId)));
	}

	/**
	 * The measures of a licence, newest first, for its holder and for staff with
	 * jurisdiction.
	 */
	@Transactional(readOnly = true)
	public List<LicenceMeasure> measuresOf(Actor actor, String licenceNumber) {
		Licence licence = this.licences.findByLicenceNumber(licenceNumber)
			.filter((found) -> mayRead(actor, found))
			.orElseThrow(() -> licenceNotFound(licenceNumber));
		return this.measures.findByLicenceNumberOrderByRequestedAtDesc(licence.getLicenceNumber());
	}

	/**
	 * The section of an authority that works on the licence's measures: its type's.
	 */
	@Transactional(readOnly = true)
	public String sectionOf(String licenceNumber) {
		Licence licence = this.licences.findByLicenceNumber(licenceNumber)
			.orElseThrow(() -> licenceNotFound(licenceNumber));
		return this.types.findById(licence.getLicenceTypeCode()).orElseThrow().getSectionCode();
	}

	/**
	 * The holder is told of the proposed measure, and may respond up to and including the
	 * given day (null: the measure is urgent and goes to review at once).
	 */
	public void notifyHolder(long caseId, LocalDate respondBy) {
		LicenceMeasure measure = measureOfCase(caseId);
		if (respondBy != null) {
			measure.openResponsePeriod(respondBy);
		}
		this.events.publishEvent(new MeasureProposed(caseId, measure.getCaseNumber(), measure.getLicenceNumber(),
				measure.getMeasure(), measure.getSuspendUntil(), respondBy));
	}

	/**
	 * The holder's response to a proposed measure, attached to its case for the review.
	 */
	public LicenceMeasure respond(Actor applicant, String licenceNumber, String caseNumber, String response) {
		Licence licence = licenceOfHolder(applicant, licenceNumber);
		LicenceMeasure measure = this.measures.findByCaseNumber((caseNumber != null) ? caseNumber : "")
			.filter((found) -> found.getLicenceNumber().equals(licence.getLicenceNumber()))
			.filter((found) -> found.getMeasure() != Measure.CANCEL)
			.orElseThrow(() -> new NotFoundException("measure.notFound",
					LocalizedText.of("ບໍ່ພົບມາດຕະການ " + caseNumber, "No such measure: " + caseNumber)));
		String text = blankToNull(response);
		if (text == null) {
			throw invalid("response", LocalizedText.of("ກະລຸນາຂຽນຄຳຕອບ", "Write the response"));
		}
		SafeText.require("response", LocalizedText.of("ຄຳຕອບ", "Response"), text);
		measure.recordResponse(text, applicant.username(), now());
		this.cases.recordHistory(measure.getCaseId(), applicant, "case.responded",
				LocalizedText.of("ຜູ້ຖືໃບອະນຸຍາດຕອບ: " + text, "The holder responded: " + text), text);
		return measure;
	}

	/** The measure goes to review (study, then decision by another person). */
	public void beginReview(long caseId) {
		LicenceMeasure measure = measureOfCase(caseId);
		String responded = (measure.getResponse() != null) ? "" : " (ບໍ່ມີຄຳຕອບ)";
		String respondedEn = (measure.getResponse() != null) ? "" : " (no response from the holder)";
		this.cases.openForReview(caseId,
				LocalizedText.of("ສົ່ງມາດຕະການໃຫ້ພິຈາລະນາ" + responded, "The measure goes to review" + respondedEn));
	}

	/**
	 * A section officer's confirmation (or refusal) of the holder's cancellation request.
	 */
	public void confirmCancellation(long caseId, Actor officer, boolean confirmed, String comment) {
		LicenceMeasure measure = measureOfCase(caseId);
		if (measure.getMeasure() != Measure.CANCEL) {
			throw new IllegalStateException("Case #" + caseId + " is no cancellation");
		}
		this.cases.conclude(caseId, officer, confirmed ? Decision.APPROVE : Decision.REJECT, comment);
	}

	/**
	 * The approved (or confirmed) measure takes effect on the licence.
	 */
	public void applyMeasure(long caseId) {
		LicenceMeasure measure = measureOfCase(caseId);
		CaseFile caseFile = this.cases.caseById(caseId);
		String decider = deciderOf(caseFile);
		Licence licence = this.licences.findByLicenceNumber(measure.getLicenceNumber()).orElseThrow();
		String text = measure.grounds().en();
		switch (measure.getMeasure()) {
			case SUSPEND -> licence.suspend(measure.getReasonCategory(), text, measure.getSuspendUntil(), today());
			case REVOKE -> licence.revoke(measure.getReasonCategory(), text);
			case CANCEL -> licence.cancel(text);
		}
		measure.applied(decider);
		this.audit.record(decider, "licence." + licence.getStatus().name().toLowerCase(), SUBJECT,
				licence.getLicenceNumber(),
				"case=" + caseFile.getCaseNumber() + " category=" + licence.getStatusReasonCategory()
						+ ((licence.getSuspendedUntil() != null) ? " until=" + licence.getSuspendedUntil() : ""),
				this.authorities.staffByUsername(decider)
					.map((member) -> this.authorities.delegationReferenceOf(member.toActor()))
					.orElse(null));
		this.events.publishEvent(new LicenceStatusChanged(licence.getLicenceNumber(), licence.getStatus(),
				licence.getSuspendedUntil(), caseId));
	}

	/** The measure was not approved (or the cancellation not confirmed). */
	public void dropMeasure(long caseId) {
		LicenceMeasure measure = measureOfCase(caseId);
		CaseFile caseFile = this.cases.caseById(caseId);
		String decider = deciderOf(caseFile);
		measure.dropped(decider);
		this.audit.record(decider, "licence.measureDropped", SUBJECT, measure.getLicenceNumber(),
				"case=" + caseFile.getCaseNumber() + " measure=" + measure.getMeasure(), null);
		this.events.publishEvent(
				new MeasureDropped(caseId, measure.getCaseNumber(), measure.getLicenceNumber(), measure.getMeasure()));
	}

	/**
	 * The end of a suspension: the licence is in force again, unless something else (a
	 * revocation, an earlier lifting) has changed it meanwhile.
	 * @return whether the suspension was lifted
	 */
	public boolean liftSuspension(long caseId) {
		LicenceMeasure measure = measureOfCase(caseId);
		Licence licence = this.licences.findByLicenceNumber(measure.getLicenceNumber()).orElseThrow();
		if (measure.getMeasure() != Measure.SUSPEND || licence.getStatus() != LicenceStatus.SUSPENDED) {
			return false;
		}
		licence.lift();
		this.audit.record(Actor.system().username(), "licence.lifted", SUBJECT, licence.getLicenceNumber(),
				"case=" + measure.getCaseNumber() + " suspendedUntil=" + measure.getSuspendUntil(), null);
		this.events.publishEvent(
				new LicenceStatusChanged(licence.getLicenceNumber(), LicenceStatus.ACTIVE, null, licence.getCaseId()));
		return true;
	}

	/**
	 * Reminds the holder that the licence ends in some days, unless it has already ended.
	 * @return whether the reminder was sent
	 */
	public boolean remindOfExpiry(String licenceNumber, int daysBefore) {
		Licence licence = this.licences.findByLicenceNumber(licenceNumber)
			.orElseThrow(() -> licenceNotFound(licenceNumber));
		if (!licence.isOpen() || licence.getValidUntil().isBefore(today())) {
			return false;
		}
		this.audit.record(Actor.system().username(), "licence.expiryReminded", SUBJECT, licenceNumber,
				daysBefore + " days before " + licence.getValidUntil(), null);
		this.events.publishEvent(
				new LicenceExpiryApproaching(licenceNumber, licence.getValidUntil(), daysBefore, licence.getCaseId()));
		return true;
	}

	/**
	 * Records the end of validity of a licence that has not ended otherwise.
	 * @return whether the licence expired now
	 */
	public boolean expire(String licenceNumber) {
		Licence licence = this.licences.findByLicenceNumber(licenceNumber)
			.orElseThrow(() -> licenceNotFound(licenceNumber));
		if (!licence.isOpen() || !licence.getValidUntil().isBefore(today())) {
			return false;
		}
		licence.expire(today());
		this.audit.record(Actor.system().username(), "licence.expired", SUBJECT, licenceNumber,
				"validUntil=" + licence.getValidUntil(), null);
		this.events
			.publishEvent(new LicenceStatusChanged(licenceNumber, LicenceStatus.EXPIRED, null, licence.getCaseId()));
		return true;
	}

	/**
	 * The licences that have not ended (active or suspended), for watching their
	 * validity.
	 */
	@Transactional(readOnly = true)
	public List<Licence> openLicences() {
		return this.licences.findByStatusInOrderById(List.of(LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED));
	}

	/**
	 * How many measures (suspensions, revocations) were applied against a licence: its
	 * past violations, which weigh on the risk of the next inspection. A cancellation at
	 * the holder's request is no violation.
	 */
	@Transactional(readOnly = true)
	public int appliedMeasuresAgainst(String licenceNumber) {
		return (int) this.measures.findByLicenceNumberOrderByRequestedAtDesc(licenceNumber)
			.stream()
			.filter((measure) -> measure.getOutcome() == MeasureOutcome.APPLIED
					&& measure.getMeasure() != Measure.CANCEL)
			.count();
	}

	private Licence licenceInJurisdiction(Actor staff, String licenceNumber) {
		return ((licenceNumber != null) ? this.licences.findByLicenceNumber(licenceNumber) : Optional.<Licence>empty())
			.filter((found) -> staff != null && staff.isStaff() && staff.hasJurisdictionOver(found.getAuthorityCode()))
			.orElseThrow(() -> licenceNotFound(licenceNumber));
	}

	private Licence licenceOfHolder(Actor applicant, String licenceNumber) {
		return ((licenceNumber != null) ? this.licences.findByLicenceNumber(licenceNumber) : Optional.<Licence>empty())
			.filter((found) -> applicant != null && applicant.isApplicant()
					&& found.getCompanyId().equals(applicant.companyId()))
			.orElseThrow(() -> licenceNotFound(licenceNumber));
	}

	/**
	 * Section officers of the licence's authority (and of its type's section, when they
	 * belong to one) draft measures; the ministry's officers do so for national licences.
	 */
	private void requireSectionOfficer(Actor officer, Licence licence) {
		boolean officerRole = officer.role() == Role.SECTION_OFFICER || officer.role() == Role.MINISTRY_OFFICER;
		String section = this.types.findById(licence.getLicenceTypeCode()).orElseThrow().getSectionCode();
		boolean ownAuthority = licence.getAuthorityCode().equals(officer.authorityCode());
		boolean ownSection = officer.sectionCode() == null || officer.sectionCode().equals(section);
		if (!officerRole || !ownAuthority || !ownSection) {
			throw new ForbiddenException("measure.sectionOfficersOnly",
					LocalizedText.of("ມີແຕ່ພະນັກງານຂະແໜງທີ່ຮັບຜິດຊອບໃບອະນຸຍາດນີ້ເທົ່ານັ້ນທີ່ສະເໜີມາດຕະການໄດ້",
							"Only a section officer of the licence's authority and section may propose a measure"));
		}
	}

	private void refuseSecondOpenMeasure(Licence licence) {
		if (this.measures.existsByLicenceNumberAndOutcome(licence.getLicenceNumber(), MeasureOutcome.PENDING)) {
			throw new ConflictException("measure.alreadyOpen",
					LocalizedText.of("ໃບອະນຸຍາດ " + licence.getLicenceNumber() + " ມີມາດຕະການທີ່ກຳລັງດຳເນີນຢູ່ແລ້ວ",
							"Licence " + licence.getLicenceNumber() + " already has a measure in progress"));
		}
	}

	/** Whom the measure's notices reach: the applicant who applied for the licence. */
	private String holderUsername(Licence licence, Actor fallback) {
		if (licence.getCaseId() == null) {
			return fallback.username();
		}
		return this.cases.caseById(licence.getCaseId()).getApplicantUsername();
	}

	private String deciderOf(CaseFile caseFile) {
		if (caseFile.getDecidedBy() != null) {
			return caseFile.getDecidedBy();
		}
		// a case concluded without review: whoever completed its last step
		return caseFile.getEvents()
			.stream()
			.filter((event) -> "case.approved".equals(event.getType()) || "case.rejected".equals(event.getType()))
			.reduce((first, second) -> second)
			.map((event) -> event.getActor())
			.orElse(Actor.system().username());
	}

	private static boolean mayRead(Actor actor, Licence licence) {
		if (actor == null) {
			return false;
		}
		if (actor.isApplicant()) {
			return licence.getCompanyId().equals(actor.companyId());
		}
		return actor.hasJurisdictionOver(licence.getAuthorityCode());
	}

	private static ConflictException notInForce(Licence licence, Measure measure) {
		return new ConflictException("licence.notInForce",
				LocalizedText.of(
						"ໃບອະນຸຍາດ " + licence.getLicenceNumber() + " ບໍ່ສາມາດ" + measure.verb().lo()
								+ "ໄດ້ໃນສະຖານະນີ້",
						"Licence " + licence.getLicenceNumber() + " cannot be " + measure.verb().en() + "d while it is "
								+ licence.getStatus()));
	}

	private static InvalidInputException invalid(String field, LocalizedText text) {
		return new InvalidInputException("measure.invalid", text, List.of(new FieldError(field, text)));
	}

	private static NotFoundException licenceNotFound(String number) {
		return new NotFoundException("licence.notFound",
				LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + number, "No such licence: " + number));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

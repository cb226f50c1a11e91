package la.anuyat.casefile;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.internal.CaseFileRepository;
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
 * Applications from draft to decision: owns the transaction, the access check, the audit
 * entry and the history event of every action. The process engine drives the order of
 * steps through this service; the case file itself refuses steps that do not fit its
 * state.
 */
@Service
@Transactional
public class CaseFileService {

	private static final String SUBJECT = "case";

	private static final String COMMENT_FIELD = "comment";

	private static final LocalizedText COMMENT_LABEL = LocalizedText.of("ຄຳເຫັນ", "Comment");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CaseFileRepository cases;

	private final CaseTypeCatalogue caseTypes;

	private final NumberSeries numbers;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	private final StudierMayNotDecide fourEyes = new StudierMayNotDecide();

	private final List<SubmissionRule> submissionRules;

	private final ApplicationEventPublisher events;

	public CaseFileService(CaseFileRepository cases, CaseTypeCatalogue caseTypes, NumberSeries numbers,
			AuthorityService authorities, AuditTrail audit, Clock clock, List<SubmissionRule> submissionRules,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.submissionRules = List.copyOf(submissionRules);
		this.caseTypes = caseTypes;
		this.numbers = numbers;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a draft application, numbered at once so the applicant can refer to it. The
	 * province's department handles it until routing assigns another authority.
	 */
	public CaseFile createDraft(Actor applicant, String licenceTypeCode, String provinceCode, String formDataJson) {
		return createDraft(applicant, licenceTypeCode, provinceCode, formDataJson,
				LocalizedText.of("ສ້າງຄຳຮ້ອງ", "Application drafted"));
	}

	/**
	 * Drafts an application with its first history entry in the family's words (a renewal
	 * names the licence it renews).
	 */
	public CaseFile createDraft(Actor applicant, String licenceTypeCode, String provinceCode, String formDataJson,
			LocalizedText description) {
		requireApplicant(applicant);
		List<FieldError> errors = new ArrayList<>();
		String prefix = (licenceTypeCode == null) ? null : this.caseTypes.casePrefixOf(licenceTypeCode).orElse(null);
		if (prefix == null) {
			errors.add(new FieldError("licenceType", LocalizedText.of("ບໍ່ມີປະເພດໃບອະນຸຍາດນີ້: " + licenceTypeCode,
					"No such licence type: " + licenceTypeCode)));
		}
		boolean provinceKnown = provinceCode != null
				&& this.authorities.provinces().stream().map(Authority::getCode).anyMatch(provinceCode::equals);
		if (!provinceKnown) {
			errors.add(new FieldError("province",
					LocalizedText.of("ບໍ່ມີແຂວງນີ້: " + provinceCode, "No such province: " + provinceCode)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("case.invalid",
					LocalizedText.of("ຂໍ້ມູນຄຳຮ້ອງບໍ່ຖືກຕ້ອງ", "The application data are not valid"), errors);
		}
		LocalDateTime now = now();
		String series = prefix + "-" + provinceCode + "-" + now.getYear();
		String caseNumber = NumberSeries.format(series, this.numbers.next(series));
		CaseFile caseFile = CaseFile.draft(caseNumber, licenceTypeCode, provinceCode, provinceCode,
				applicant.companyId(), applicant.username(), formDataJson, now);
		event(caseFile, applicant, "case.created", description, null);
		caseFile = this.cases.save(caseFile);
		audit(applicant, "case.created", caseFile, licenceTypeCode, null);
		return caseFile;
	}

	/**
	 * Opens a case of another family than an application (a measure on a licence, a
	 * holder's request about their licence): numbered from the case type's prefix and the
	 * authority, submitted at once. The caller has checked who may open it.
	 * @param partyUsername the applicant account that speaks for the company the case
	 * concerns (whom the case's notices reach)
	 */
	public CaseFile openCase(Actor opener, String caseType, String authorityCode, long companyId, String partyUsername,
			String formDataJson, LocalizedText description) {
		String prefix = this.caseTypes.casePrefixOf(caseType)
			.orElseThrow(() -> new IllegalStateException("No active case type " + caseType));
		Authority authority = this.authorities.authority(authorityCode);
		LocalDateTime now = now();
		String series = prefix + "-" + authority.getCode() + "-" + now.getYear();
		String caseNumber = NumberSeries.format(series, this.numbers.next(series));
		CaseFile caseFile = CaseFile.opened(caseNumber, caseType, authority.getCode(), companyId, partyUsername,
				formDataJson, now);
		String delegation = opener.isStaff() ? delegationOf(opener) : null;
		event(caseFile, opener, "case.opened", description, delegation);
		caseFile = this.cases.save(caseFile);
		audit(opener, "case.opened", caseFile, caseType, delegation);
		return caseFile;
	}

	/**
	 * Opens a case brought by someone without an account (a complaint from the public, or
	 * taken by an officer on the phone or at the counter): numbered from the case type's
	 * prefix and the authority, submitted at once, with the person as its first party and
	 * the company it concerns when known. The caller has checked the input.
	 */
	public CaseFile bringCase(Actor bringer, String caseType, String provinceCode, String authorityCode,
			CaseParty firstParty, Long companyId, String companyUsername, String formDataJson,
			LocalizedText description) {
		String prefix = this.caseTypes.casePrefixOf(caseType)
			.orElseThrow(() -> new IllegalStateException("No active case type " + caseType));
		Authority authority = this.authorities.authority(authorityCode);
		LocalDateTime now = now();
		String series = prefix + "-" + authority.getCode() + "-" + now.getYear();
		String caseNumber = NumberSeries.format(series, this.numbers.next(series));
		CaseFile caseFile = CaseFile.brought(caseNumber, caseType, provinceCode, authority.getCode(), firstParty,
				companyId, companyUsername, formDataJson, now);
		String delegation = bringer.isStaff() ? delegationOf(bringer) : null;
		event(caseFile, bringer, "case.opened", description, delegation);
		caseFile = this.cases.save(caseFile);
		audit(bringer, "case.opened", caseFile, caseType, delegation);
		return caseFile;
	}

	/**
	 * Names the company an open case concerns, as a party in the given role (the operator
	 * a complaint is against), with the account that speaks for it.
	 */
	public void concern(long caseId, Actor actor, PartyRole role, long companyId, String companyUsername,
			LocalizedText description) {
		CaseFile caseFile = caseById(caseId);
		caseFile.concern(companyId, companyUsername);
		caseFile.addParty(CaseParty.company(role, companyId, companyUsername));
		String delegation = actor.isStaff() ? delegationOf(actor) : null;
		event(caseFile, actor, "case.partyNamed", description, delegation);
		audit(actor, "case.partyNamed", caseFile, role + " company=" + companyId, delegation);
	}

	/**
	 * Opens a decided case again: submitted, its review to start over (a complaint
	 * reopened by its complainant within the window the rules give).
	 */
	public void reopen(long caseId, Actor actor, LocalizedText description) {
		CaseFile caseFile = caseById(caseId);
		caseFile.reopen(now());
		event(caseFile, actor, "case.reopened", description, null);
		audit(actor, "case.reopened", caseFile, null, null);
	}

	/**
	 * Moves a case opened by {@link #openCase} into review (study, then decision), with
	 * no notice of an application found complete.
	 */
	public void openForReview(long caseId, LocalizedText description) {
		CaseFile caseFile = caseById(caseId);
		caseFile.markComplete();
		event(caseFile, Actor.system(), "case.inReview", description, null);
		audit(Actor.system(), "case.inReview", caseFile, null, null);
	}

	/**
	 * Closes a case opened by {@link #openCase} that needs no review, approved or refused
	 * by the staff member with jurisdiction who completes its one step.
	 */
	public void conclude(long caseId, Actor staff, Decision decision, String reasons) {
		CaseFile caseFile = caseById(caseId);
		requireJurisdiction(staff, caseFile);
		String delegation = delegationOf(staff);
		caseFile.conclude(decision, now());
		String text = (reasons != null && !reasons.isBlank()) ? ": " + reasons : "";
		event(caseFile, staff, (decision == Decision.APPROVE) ? "case.approved" : "case.rejected",
				LocalizedText.of(decision.label().lo() + text, decision.label().en() + text), delegation);
		audit(staff, (decision == Decision.APPROVE) ? "case.approved" : "case.rejected", caseFile, reasons, delegation);
	}

	/**
	 * Closes a case that its technical assessment refuses before any review (a request
	 * outside the band plan, an engineer's refusal, a neighbouring administration's
	 * objection): rejected, with the reasons in its history, where the applicant reads
	 * them. The system may refuse any case; staff only within their jurisdiction.
	 */
	public void refuse(long caseId, Actor actor, LocalizedText reasons) {
		CaseFile caseFile = caseById(caseId);
		if (actor.isStaff()) {
			requireJurisdiction(actor, caseFile);
		}
		String delegation = actor.isStaff() ? delegationOf(actor) : null;
		caseFile.conclude(Decision.REJECT, now());
		Decision decision = Decision.REJECT;
		event(caseFile, actor, "case.rejected", LocalizedText.of(decision.label().lo() + ": " + reasons.lo(),
				decision.label().en() + ": " + reasons.en()), delegation);
		audit(actor, "case.rejected", caseFile, reasons.en(), delegation);
	}

	/**
	 * Adds a step to the case's history (e.g. the holder's response to a proposed
	 * measure), audited.
	 */
	public void recordHistory(long caseId, Actor actor, String type, LocalizedText description, String detail) {
		CaseFile caseFile = caseById(caseId);
		String delegation = actor.isStaff() ? delegationOf(actor) : null;
		event(caseFile, actor, type, description, delegation);
		audit(actor, type, caseFile, detail, delegation);
	}

	/**
	 * The family of the case's type: {@code LICENCE} for applications.
	 */
	@Transactional(readOnly = true)
	public String familyOf(CaseFile caseFile) {
		return this.caseTypes.familyOf(caseFile.getCaseType());
	}

	/**
	 * Replaces the form data of a draft (or of a case sent back for more information).
	 */
	public CaseFile updateFormData(Actor applicant, String caseNumber, String formDataJson) {
		CaseFile caseFile = ownCase(applicant, caseNumber);
		caseFile.changeFormData(formDataJson);
		audit(applicant, "case.formChanged", caseFile, null, null);
		return caseFile;
	}

	@Transactional(readOnly = true)
	public CaseFile caseByNumber(Actor actor, String caseNumber) {
		CaseFile caseFile = this.cases.findByCaseNumber(caseNumber).orElseThrow(() -> notFound(caseNumber));
		if (!visibleTo(actor, caseFile)) {
			// the same answer as for a missing case: another province's cases are not
			// even confirmed to exist
			throw notFound(caseNumber);
		}
		return caseFile;
	}

	/**
	 * The key of the process that serves the case, as the catalogue names it for the case
	 * type.
	 */
	@Transactional(readOnly = true)
	public String processKeyOf(CaseFile caseFile) {
		return this.caseTypes.processKeyOf(caseFile.getCaseType());
	}

	/**
	 * The section of an authority that handles the case, as the catalogue names it for
	 * the case type (e.g. {@code TECH}).
	 */
	@Transactional(readOnly = true)
	public String sectionOf(CaseFile caseFile) {
		return this.caseTypes.sectionOf(caseFile.getCaseType());
	}

	/**
	 * The case of this number without an access check: for a family that shows its own
	 * public view of the case (a complaint followed by the public), never the case
	 * itself.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseFile> findByCaseNumber(String caseNumber) {
		return this.cases.findByCaseNumber(caseNumber);
	}

	@Transactional(readOnly = true)
	public CaseFile caseById(long id) {
		return this.cases.findById(id).orElseThrow(() -> notFound("#" + id));
	}

	@Transactional(readOnly = true)
	public List<CaseFile> casesOf(Actor applicant) {
		if (applicant == null || !applicant.isApplicant() || applicant.companyId() == null) {
			return List.of();
		}
		return this.cases.findByCompanyIdOrderByCreatedAtDesc(applicant.companyId());
	}

	/**
	 * A company's cases that the actor may see ({@link #visibleTo}), newest first.
	 */
	@Transactional(readOnly = true)
	public List<CaseFile> casesOfCompany(Actor actor, long companyId) {
		return this.cases.findByCompanyIdOrderByCreatedAtDesc(companyId)
			.stream()
			.filter((caseFile) -> visibleTo(actor, caseFile))
			.toList();
	}

	/**
	 * The submitted cases of the authorities the staff member has jurisdiction over
	 * (drafts stay the applicant's own until submitted).
	 */
	@Transactional(readOnly = true)
	public List<CaseFile> casesInJurisdiction(Actor staff) {
		if (staff == null || !staff.isStaff()) {
			return List.of();
		}
		if (staff.seesEveryAuthority()) {
			return this.cases.findByStatusNotOrderByCreatedAtDesc(CaseStatus.DRAFT);
		}
		if (staff.authorityCode() == null) {
			return List.of();
		}
		return this.cases.findByAuthorityCodeInAndStatusNotOrderByCreatedAtDesc(List.of(staff.authorityCode()),
				CaseStatus.DRAFT);
	}

	/**
	 * Submits the applicant's draft, once every {@link SubmissionRule} (e.g. the required
	 * documents) is met.
	 */
	public void submit(Actor applicant, String caseNumber) {
		CaseFile caseFile = ownCase(applicant, caseNumber);
		if (caseFile.getStatus() == CaseStatus.DRAFT) {
			this.submissionRules.forEach((rule) -> rule.check(caseFile));
		}
		caseFile.submit(now());
		event(caseFile, applicant, "case.submitted", LocalizedText.of("ຍື່ນຄຳຮ້ອງ", "Application submitted"), null);
		audit(applicant, "case.submitted", caseFile, null, null);
	}

	public void assignAuthority(long caseId, String authorityCode) {
		CaseFile caseFile = caseById(caseId);
		Authority authority = this.authorities.authority(authorityCode);
		caseFile.assignAuthority(authority.getCode());
		event(caseFile, Actor.system(), "case.assigned", LocalizedText
			.of("ມອບໃຫ້ " + authority.getNameLo() + " ພິຈາລະນາ", "Assigned to the " + authority.getNameEn()), null);
		audit(Actor.system(), "case.assigned", caseFile, authorityCode, null);
	}

	public void setProcessInstance(long caseId, String id) {
		CaseFile caseFile = caseById(caseId);
		caseFile.attachProcessInstance(id);
		audit(Actor.system(), "case.processStarted", caseFile, "processInstance=" + id, null);
	}

	/**
	 * Sets the due date of the current step (from the deadline rules of the process).
	 */
	public void setDue(long caseId, LocalDateTime due) {
		CaseFile caseFile = caseById(caseId);
		caseFile.dueBy(due);
		audit(Actor.system(), "case.dueSet", caseFile, (due == null) ? "none" : due.toString(), null);
	}

	/**
	 * The current step of the case passed its due date: the case is flagged overdue, the
	 * step goes into its history and the leadership of its authority is told
	 * ({@link TaskOverdue}).
	 * @param task the overdue task's name
	 * @param due the date it was due
	 */
	public void escalateOverdue(long caseId, LocalizedText task, LocalDateTime due) {
		CaseFile caseFile = caseById(caseId);
		caseFile.markOverdue(now());
		String date = DAY.format(due);
		event(caseFile, Actor.system(), "case.overdue",
				LocalizedText.of("ເກີນກຳນົດ: " + task.lo() + " (ກຳນົດ " + date + "), ແຈ້ງຄະນະພະແນກແລ້ວ",
						"Overdue: " + task.en() + " (due " + date + "), escalated to the leadership"),
				null);
		audit(Actor.system(), "case.overdue", caseFile, task.en() + " due " + due, null);
		this.events.publishEvent(
				new TaskOverdue(caseFile.getId(), caseFile.getCaseNumber(), caseFile.getAuthorityCode(), task, due));
	}

	/**
	 * The applicant has not answered an information request by its due date: they are
	 * reminded ({@link InformationAnswerOverdue}); the case is not flagged, the answer is
	 * the applicant's.
	 */
	public void remindOverdueAnswer(long caseId, LocalDateTime due) {
		CaseFile caseFile = caseById(caseId);
		event(caseFile, Actor.system(), "case.answerReminder",
				LocalizedText.of("ເຕືອນຜູ້ຍື່ນໃຫ້ຕອບຄຳຂໍຂໍ້ມູນເພີ່ມເຕີມ (ກຳນົດ " + DAY.format(due) + ")",
						"The applicant was reminded to answer the information request (due " + DAY.format(due) + ")"),
				null);
		audit(Actor.system(), "case.answerReminder", caseFile, "due " + due, null);
		this.events.publishEvent(new InformationAnswerOverdue(caseFile.getId(), caseFile.getCaseNumber(), due));
	}

	/**
	 * The overdue step was completed: the flag clears, the history keeps the escalation.
	 */
	public void clearOverdue(long caseId) {
		CaseFile caseFile = caseById(caseId);
		if (caseFile.isOverdue()) {
			caseFile.clearOverdue();
			audit(Actor.system(), "case.overdueCleared", caseFile, null, null);
		}
	}

	public void requestInformation(long caseId, Actor officer, String question) {
		CaseFile caseFile = caseById(caseId);
		requireJurisdiction(officer, caseFile);
		SafeText.require(COMMENT_FIELD, COMMENT_LABEL, question);
		String delegation = delegationOf(officer);
		caseFile.requestInformation(question);
		event(caseFile, officer, "case.informationRequested",
				LocalizedText.of("ຂໍຂໍ້ມູນເພີ່ມເຕີມ: " + question, "More information requested: " + question),
				delegation);
		audit(officer, "case.informationRequested", caseFile, question, delegation);
		this.events.publishEvent(new InformationRequested(caseFile.getId(), caseFile.getCaseNumber(), question));
	}

	public void answerInformationRequest(long caseId, Actor applicant, String answer) {
		CaseFile caseFile = caseById(caseId);
		requireOwner(applicant, caseFile);
		SafeText.require(COMMENT_FIELD, COMMENT_LABEL, answer);
		caseFile.answerInformationRequest(answer);
		event(caseFile, applicant, "case.informationProvided",
				LocalizedText.of("ຜູ້ຍື່ນຄຳຮ້ອງຕອບ: " + answer, "The applicant answered: " + answer), null);
		audit(applicant, "case.informationProvided", caseFile, answer, null);
	}

	public void markComplete(long caseId, Actor officer) {
		CaseFile caseFile = caseById(caseId);
		requireJurisdiction(officer, caseFile);
		String delegation = delegationOf(officer);
		caseFile.markComplete();
		event(caseFile, officer, "case.complete",
				LocalizedText.of("ເອກະສານຄົບຖ້ວນ, ເລີ່ມພິຈາລະນາ", "Application complete, study begins"), delegation);
		audit(officer, "case.complete", caseFile, null, delegation);
		this.events.publishEvent(new ApplicationFoundComplete(caseFile.getId(), caseFile.getCaseNumber()));
	}

	public void recordStudy(long caseId, Actor officer, StudyOutcome outcome, String recommendation) {
		CaseFile caseFile = caseById(caseId);
		requireJurisdiction(officer, caseFile);
		SafeText.require(COMMENT_FIELD, COMMENT_LABEL, recommendation);
		String delegation = delegationOf(officer);
		caseFile.recordStudy(officer, outcome, recommendation, now());
		event(caseFile, officer, "case.studied", LocalizedText.of(outcome.label().lo() + ": " + recommendation,
				outcome.label().en() + ": " + recommendation), delegation);
		audit(officer, "case.studied", caseFile, outcome + ": " + recommendation, delegation);
	}

	/**
	 * Records the leadership's decision. Refused to whoever studied the case
	 * ({@link StudierMayNotDecide}).
	 */
	public void recordDecision(long caseId, Actor leader, Decision decision, String reasons) {
		CaseFile caseFile = caseById(caseId);
		checkMayDecide(caseFile, leader);
		SafeText.require(COMMENT_FIELD, COMMENT_LABEL, reasons);
		// the delegation that covers this family's decisions, when the decider acts under
		// one
		String delegation = this.authorities.delegationReferenceOf(leader, familyOf(caseFile));
		caseFile.recordDecision(leader, decision, reasons, now(), delegation);
		String actingLo = (delegation != null) ? " (ຮັກສາການແທນ ຕາມ " + delegation + ")" : "";
		String actingEn = (delegation != null) ? " (acting head under " + delegation + ")" : "";
		event(caseFile, leader, (decision == Decision.APPROVE) ? "case.approved" : "case.rejected", LocalizedText
			.of(decision.label().lo() + actingLo + ": " + reasons, decision.label().en() + actingEn + ": " + reasons),
				delegation);
		audit(leader, (decision == Decision.APPROVE) ? "case.approved" : "case.rejected", caseFile,
				reasons + " [rule " + StudierMayNotDecide.class.getSimpleName() + " checked]", delegation);
		this.events.publishEvent(new ApplicationDecided(caseFile.getId(), caseFile.getCaseNumber(), decision, reasons));
	}

	/**
	 * Refuses a decision by someone who may not take it, before the workflow touches its
	 * engine.
	 */
	@Transactional(readOnly = true)
	public void checkMayDecide(long caseId, Actor leader) {
		checkMayDecide(caseById(caseId), leader);
	}

	/**
	 * Refuses a decision on a review held by another family's aggregate (a complaint, a
	 * sanction) of the given case: only the leadership with jurisdiction over the case
	 * decides, and never whoever studied it ({@link StudierMayNotDecide}).
	 */
	@Transactional(readOnly = true)
	public void checkMayDecide(long caseId, Review review, Actor leader) {
		checkMayDecide(caseById(caseId), review, leader);
	}

	/**
	 * Ties the case to the number of another record (the licence it issued, for
	 * instance), with an entry in its history and the audit trail.
	 */
	public void addReference(long caseId, String reference, String type, LocalizedText description) {
		CaseFile caseFile = caseById(caseId);
		caseFile.addReference(reference);
		event(caseFile, Actor.system(), type, description, null);
		audit(Actor.system(), type, caseFile, reference, null);
	}

	/**
	 * The approved case waits for its fee (invoice {@code invoiceNumber}, due by
	 * {@code due}).
	 */
	public void awaitPayment(long caseId, String invoiceNumber, LocalDateTime due) {
		CaseFile caseFile = caseById(caseId);
		caseFile.awaitPayment(due);
		event(caseFile, Actor.system(), "case.awaitingPayment",
				LocalizedText.of("ອອກໃບແຈ້ງໜີ້ຄ່າທຳນຽມ " + invoiceNumber, "Fee invoice " + invoiceNumber + " issued"),
				null);
		audit(Actor.system(), "case.awaitingPayment", caseFile, invoiceNumber, null);
	}

	/**
	 * The fee of the case is paid; {@code actor} is the officer who recorded a receipt,
	 * or the system for a payment the provider confirmed.
	 */
	public void recordFeePaid(long caseId, Actor actor, String invoiceNumber) {
		CaseFile caseFile = caseById(caseId);
		caseFile.recordFeePaid();
		event(caseFile, actor, "case.feePaid",
				LocalizedText.of("ຊຳລະຄ່າທຳນຽມແລ້ວ (" + invoiceNumber + ")", "Fee paid (" + invoiceNumber + ")"), null);
		audit(actor, "case.feePaid", caseFile, invoiceNumber, null);
	}

	/**
	 * The fee was not paid in time: the case ends without a licence.
	 */
	public void lapse(long caseId, String invoiceNumber) {
		CaseFile caseFile = caseById(caseId);
		caseFile.lapse();
		event(caseFile, Actor.system(), "case.lapsed",
				LocalizedText.of("ໝົດກຳນົດ: ບໍ່ໄດ້ຊຳລະຄ່າທຳນຽມ " + invoiceNumber + " ທັນເວລາ",
						"Lapsed: fee invoice " + invoiceNumber + " was not paid in time"),
				null);
		audit(Actor.system(), "case.lapsed", caseFile, invoiceNumber, null);
	}

	public CaseNote addNote(Actor staff, String caseNumber, String text) {
		CaseFile caseFile = caseByNumber(staff, caseNumber);
		if (!staff.isStaff()) {
			throw notFound(caseNumber);
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("case.noteEmpty", LocalizedText.of("ກະລຸນາຂຽນໝາຍເຫດ", "Write the note"),
					List.of(new FieldError("text", LocalizedText.of("ຕ້ອງຂຽນຂໍ້ຄວາມ", "This text is required"))));
		}
		SafeText.require("text", LocalizedText.of("ໝາຍເຫດ", "Note"), text);
		CaseNote note = new CaseNote(staff.username(), text.strip(), now());
		caseFile.addNote(note);
		audit(staff, "case.noteAdded", caseFile, text.strip(), delegationOf(staff));
		this.cases.flush();
		return note;
	}

	/**
	 * Whether the actor may see the case: staff with jurisdiction over its authority
	 * (once submitted), applicants of the company that applied.
	 */
	public static boolean visibleTo(Actor actor, CaseFile caseFile) {
		if (actor == null) {
			return false;
		}
		if (actor.isApplicant()) {
			return actor.companyId() != null && actor.companyId().equals(caseFile.getCompanyId());
		}
		return caseFile.getStatus() != CaseStatus.DRAFT && actor.hasJurisdictionOver(caseFile.getAuthorityCode());
	}

	private void checkMayDecide(CaseFile caseFile, Actor leader) {
		checkMayDecide(caseFile, caseFile.getReview(), leader);
	}

	private void checkMayDecide(CaseFile caseFile, Review review, Actor leader) {
		if (leader == null || leader.role() != Role.LEADERSHIP) {
			throw new ForbiddenException("case.decisionForbidden", LocalizedText
				.of("ມີແຕ່ຄະນະພະແນກເທົ່ານັ້ນທີ່ຕັດສິນຄຳຮ້ອງໄດ້", "Only the department's leadership may decide a case"));
		}
		requireJurisdiction(leader, caseFile);
		this.fourEyes.check(review, leader.username());
	}

	private CaseFile ownCase(Actor applicant, String caseNumber) {
		CaseFile caseFile = this.cases.findByCaseNumber(caseNumber).orElseThrow(() -> notFound(caseNumber));
		requireOwner(applicant, caseFile);
		return caseFile;
	}

	private void requireApplicant(Actor actor) {
		if (actor == null || !actor.isApplicant() || actor.companyId() == null) {
			throw new ForbiddenException("case.applicantsOnly",
					LocalizedText.of("ມີແຕ່ຜູ້ຍື່ນຄຳຮ້ອງເທົ່ານັ້ນ", "Only an applicant can do this"));
		}
	}

	private void requireOwner(Actor applicant, CaseFile caseFile) {
		if (applicant == null || !applicant.isApplicant() || applicant.companyId() == null
				|| !applicant.companyId().equals(caseFile.getCompanyId())) {
			throw notFound(caseFile.getCaseNumber());
		}
	}

	private void requireJurisdiction(Actor staff, CaseFile caseFile) {
		if (staff == null || !staff.isStaff() || !staff.hasJurisdictionOver(caseFile.getAuthorityCode())) {
			throw new ForbiddenException("case.outsideJurisdiction",
					LocalizedText.of("ຄຳຮ້ອງນີ້ບໍ່ຢູ່ໃນຄວາມຮັບຜິດຊອບຂອງໜ່ວຍງານທ່ານ",
							"This case is not in your authority's jurisdiction"));
		}
	}

	private String delegationOf(Actor actor) {
		return this.authorities.delegationReferenceOf(actor);
	}

	private void event(CaseFile caseFile, Actor actor, String type, LocalizedText description, String delegation) {
		caseFile.addEvent(new CaseEvent(now(), actor.username(), type, description, delegation));
	}

	private void audit(Actor actor, String action, CaseFile caseFile, String detail, String delegation) {
		this.audit.record(actor.username(), action, SUBJECT, caseFile.getCaseNumber(), detail, delegation);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private static NotFoundException notFound(String caseNumber) {
		return new NotFoundException("case.notFound",
				LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງ " + caseNumber, "No such case: " + caseNumber));
	}

}

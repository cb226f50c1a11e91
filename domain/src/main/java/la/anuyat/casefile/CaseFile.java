package la.anuyat.casefile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.identity.Actor;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A case of any family, from draft to decision: its number, type, authority, parties by
 * role, state, due date, the request-information and review-and-decide steps every family
 * shares, notes, history and the numbers of records it is tied to. What only one family
 * knows (a licence application's kind and the licence it issued, a complaint's category)
 * lives in that family's aggregate, which names the case by its {@link CaseId}. Every
 * change of state goes through a method here that refuses it when the case is not in the
 * right state.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "case_number", nullable = false, unique = true)
	private String caseNumber;

	@Column(name = "case_type", nullable = false)
	private String caseType;

	@Column(name = "province_code", nullable = false)
	private String provinceCode;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	// the company the case concerns and the account that speaks for it, kept on the case
	// itself for the inbox's, the company page's and the search's queries; the parties
	// below name them, and every other party, by role. Both are null for a complaint
	// against an operator nobody could name.
	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "applicant_username")
	private String applicantUsername;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "case_party", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CaseParty> parties = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private CaseStatus status;

	@Column(name = "form_data")
	private String formData;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "due_date")
	private LocalDateTime dueDate;

	@Column(name = "overdue_since")
	private LocalDateTime overdueSince;

	@Column(name = "information_request")
	private String informationRequest;

	@Column(name = "information_answer")
	private String informationAnswer;

	// null until somebody studies the case (JPA reads a review of null columns as null);
	// the columns are the ones the case file had before the review became a value. The
	// decision's time is the case's closing time, written by the case file.
	@Embedded
	@AttributeOverride(name = "studiedBy", column = @Column(name = "studied_by"))
	@AttributeOverride(name = "studyOutcome", column = @Column(name = "study_outcome"))
	@AttributeOverride(name = "recommendation", column = @Column(name = "recommendation"))
	@AttributeOverride(name = "studiedAt", column = @Column(name = "studied_at"))
	@AttributeOverride(name = "decidedUnder", column = @Column(name = "decided_under"))
	@AttributeOverride(name = "decidedBy", column = @Column(name = "decided_by"))
	@AttributeOverride(name = "decision", column = @Column(name = "decision"))
	@AttributeOverride(name = "decisionReasons", column = @Column(name = "decision_reasons"))
	@AttributeOverride(name = "decidedAt", column = @Column(name = "closed_at", insertable = false, updatable = false))
	private Review review;

	// the numbers of other records the case is tied to (the licence it issued or is
	// about,
	// and whatever a family adds), written by the families, so that officers find the
	// case
	// by any of them without the case file knowing what they are
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "case_reference", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "reference", nullable = false)
	private Set<String> references = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	@Column(name = "submitted_at")
	private LocalDateTime submittedAt;

	@Column(name = "closed_at")
	private LocalDateTime closedAt;

	// eager (by a second query) because views read a case's history after the transaction
	// closed
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("at ASC, id ASC")
	private List<CaseNote> notes = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("at ASC, id ASC")
	private List<CaseEvent> events = new ArrayList<>();

	protected CaseFile() {
	}

	private CaseFile(String caseNumber, String caseType, String provinceCode, String authorityCode, Long companyId,
			String applicantUsername, PartyRole partyRole, String formData, LocalDateTime createdAt) {
		this(caseNumber, caseType, provinceCode, authorityCode, companyId, applicantUsername,
				CaseParty.company(partyRole, companyId, applicantUsername), formData, createdAt);
	}

	private CaseFile(String caseNumber, String caseType, String provinceCode, String authorityCode, Long companyId,
			String applicantUsername, CaseParty firstParty, String formData, LocalDateTime createdAt) {
		this.caseNumber = caseNumber;
		this.caseType = caseType;
		this.provinceCode = provinceCode;
		this.authorityCode = authorityCode;
		this.companyId = companyId;
		this.applicantUsername = applicantUsername;
		this.formData = formData;
		this.createdAt = createdAt;
		this.status = CaseStatus.DRAFT;
		this.parties.add(firstParty);
	}

	/**
	 * A new application that the applicant is still filling in.
	 */
	public static CaseFile draft(String caseNumber, String caseType, String provinceCode, String authorityCode,
			Long companyId, String applicantUsername, String formData, LocalDateTime createdAt) {
		return new CaseFile(caseNumber, caseType, provinceCode, authorityCode, companyId, applicantUsername,
				PartyRole.APPLICANT, formData, createdAt);
	}

	/**
	 * A case that staff open themselves (a measure on a licence) or that needs no draft
	 * (a holder's request about their licence): submitted at once, numbered, with the
	 * company it concerns as the holder and the applicant who speaks for it.
	 */
	public static CaseFile opened(String caseNumber, String caseType, String authorityCode, Long companyId,
			String partyUsername, String formData, LocalDateTime at) {
		CaseFile caseFile = new CaseFile(caseNumber, caseType, authorityCode, authorityCode, companyId, partyUsername,
				PartyRole.HOLDER, formData, at);
		caseFile.status = CaseStatus.SUBMITTED;
		caseFile.submittedAt = at;
		return caseFile;
	}

	/**
	 * A case brought by someone without an account (a complaint from the public, or one
	 * an officer takes by phone): submitted at once, numbered, with its first party (the
	 * complainant) and, when known, the company it concerns; with no company, nobody's
	 * portal shows it.
	 */
	public static CaseFile brought(String caseNumber, String caseType, String provinceCode, String authorityCode,
			CaseParty firstParty, Long companyId, String companyUsername, String formData, LocalDateTime at) {
		CaseFile caseFile = new CaseFile(caseNumber, caseType, provinceCode, authorityCode, companyId, companyUsername,
				firstParty, formData, at);
		caseFile.status = CaseStatus.SUBMITTED;
		caseFile.submittedAt = at;
		return caseFile;
	}

	/**
	 * Names the company an open case concerns (the operator a complaint turns out to be
	 * against) and the account that speaks for it, or none.
	 */
	public void concern(Long companyId, String companyUsername) {
		if (this.status.isClosed()) {
			throw new ConflictException("case.closed", LocalizedText.of("ສຳນວນນີ້ປິດແລ້ວ",
					"This case is closed: the company it concerns cannot change any more"));
		}
		this.companyId = companyId;
		this.applicantUsername = companyUsername;
	}

	/**
	 * Opens a decided case again (a complainant reopens a complaint within its window):
	 * it is submitted again and its review starts over; its history keeps the earlier
	 * study and decision.
	 */
	public void reopen(LocalDateTime at) {
		requireStatus("case.notDecided", CaseStatus.APPROVED, CaseStatus.REJECTED);
		this.status = CaseStatus.SUBMITTED;
		this.review = null;
		this.closedAt = null;
		this.submittedAt = at;
	}

	/**
	 * Closes a submitted case that needs no review (a holder's own request, confirmed or
	 * refused by a section officer).
	 */
	public void conclude(Decision decision, LocalDateTime at) {
		requireStatus("case.notSubmitted", CaseStatus.SUBMITTED, CaseStatus.IN_STUDY);
		this.status = (decision == Decision.APPROVE) ? CaseStatus.APPROVED : CaseStatus.REJECTED;
		this.closedAt = at;
		this.dueDate = null;
	}

	public void changeFormData(String formData) {
		requireStatus("case.notEditable", CaseStatus.DRAFT, CaseStatus.INFO_REQUESTED);
		this.formData = formData;
	}

	public void submit(LocalDateTime at) {
		requireStatus("case.notDraft", CaseStatus.DRAFT);
		this.status = CaseStatus.SUBMITTED;
		this.submittedAt = at;
	}

	public void requestInformation(String question) {
		requireStatus("case.notSubmitted", CaseStatus.SUBMITTED);
		this.informationRequest = RequiredText.require("question", question);
		this.informationAnswer = null;
		this.status = CaseStatus.INFO_REQUESTED;
	}

	public void answerInformationRequest(String answer) {
		requireStatus("case.noInformationRequest", CaseStatus.INFO_REQUESTED);
		this.informationAnswer = RequiredText.require("answer", answer);
		this.status = CaseStatus.SUBMITTED;
	}

	public void markComplete() {
		requireStatus("case.notSubmitted", CaseStatus.SUBMITTED);
		this.status = CaseStatus.IN_STUDY;
	}

	public void recordStudy(Actor actor, StudyOutcome outcome, String recommendation, LocalDateTime at) {
		requireStatus("case.notInStudy", CaseStatus.IN_STUDY);
		this.review = getReview().study(actor.username(), outcome, recommendation, at);
		this.status = CaseStatus.AWAITING_DECISION;
	}

	/**
	 * Records the decision on the study; the {@link Review} refuses it to the studier
	 * ({@link StudierMayNotDecide}).
	 */
	public void recordDecision(Actor actor, Decision decision, String reasons, LocalDateTime at) {
		recordDecision(actor, decision, reasons, at, null);
	}

	/**
	 * As {@link #recordDecision(Actor, Decision, String, LocalDateTime)}, acting under a
	 * delegation.
	 */
	public void recordDecision(Actor actor, Decision decision, String reasons, LocalDateTime at, String delegation) {
		requireStatus("case.notAwaitingDecision", CaseStatus.AWAITING_DECISION);
		this.review = getReview().decide(actor.username(), decision, reasons, at, delegation);
		this.status = (decision == Decision.APPROVE) ? CaseStatus.APPROVED : CaseStatus.REJECTED;
		this.closedAt = at;
		this.dueDate = null;
	}

	/**
	 * Ties the case to the number of another record (the licence it issued or is about,
	 * for instance), so that it is found by it; a number already there is kept once.
	 */
	public void addReference(String number) {
		this.references.add(RequiredText.require("reference", number));
	}

	/**
	 * The approved case waits for its fee: what it grants is issued only once it is paid.
	 */
	public void awaitPayment(LocalDateTime due) {
		requireStatus("case.notApproved", CaseStatus.APPROVED);
		this.status = CaseStatus.AWAITING_PAYMENT;
		this.dueDate = due;
	}

	/**
	 * The fee is paid: the case is approved again and its licence may be issued.
	 */
	public void recordFeePaid() {
		requireStatus("case.notAwaitingPayment", CaseStatus.AWAITING_PAYMENT);
		this.status = CaseStatus.APPROVED;
		this.dueDate = null;
	}

	/**
	 * The fee was not paid by its due date: the application ends without a licence.
	 */
	public void lapse() {
		requireStatus("case.notAwaitingPayment", CaseStatus.AWAITING_PAYMENT);
		this.status = CaseStatus.LAPSED;
		this.dueDate = null;
	}

	public void assignAuthority(String code) {
		if (this.status.isClosed()) {
			throw new ConflictException("case.closed", LocalizedText.of("ຄຳຮ້ອງນີ້ຖືກຕັດສິນແລ້ວ",
					"This case is closed: its authority cannot change any more"));
		}
		this.authorityCode = code;
	}

	public void attachProcessInstance(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void dueBy(LocalDateTime due) {
		this.dueDate = due;
	}

	/**
	 * The current step passed its due date and was escalated; the first escalation of a
	 * step is the one kept.
	 */
	public void markOverdue(LocalDateTime since) {
		if (this.overdueSince == null) {
			this.overdueSince = since;
		}
	}

	/** The overdue step was completed. */
	public void clearOverdue() {
		this.overdueSince = null;
	}

	/**
	 * Adds a party to an open case (the operator a complaint turns out to be against, a
	 * second complainant); a party already there in that role is not added twice.
	 */
	public void addParty(CaseParty party) {
		if (this.status.isClosed()) {
			throw new ConflictException("case.closed", LocalizedText.of("ສຳນວນນີ້ປິດແລ້ວ: ບໍ່ສາມາດເພີ່ມຄູ່ກໍລະນີໄດ້",
					"This case is closed: no party can be added any more"));
		}
		if (this.parties.stream().noneMatch(party::isSameAs)) {
			this.parties.add(party);
		}
	}

	void addNote(CaseNote note) {
		this.notes.add(note);
	}

	void addEvent(CaseEvent event) {
		this.events.add(event);
	}

	private void requireStatus(String code, CaseStatus... allowed) {
		for (CaseStatus candidate : allowed) {
			if (this.status == candidate) {
				return;
			}
		}
		throw new ConflictException(code, LocalizedText.of(
				"ບໍ່ສາມາດເຮັດສິ່ງນີ້ໄດ້ ເພາະຄຳຮ້ອງ " + this.caseNumber + " ຢູ່ໃນສະຖານະ \"" + this.status.label().lo()
						+ "\"",
				"This cannot be done while case " + this.caseNumber + " is \"" + this.status.label().en() + "\""));
	}

	public Long getId() {
		return this.id;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getCaseType() {
		return this.caseType;
	}

	public String getProvinceCode() {
		return this.provinceCode;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getApplicantUsername() {
		return this.applicantUsername;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public String getFormData() {
		return this.formData;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public LocalDateTime getDueDate() {
		return this.dueDate;
	}

	/**
	 * When the current step was escalated as overdue, or {@code null} when it is not.
	 */
	public LocalDateTime getOverdueSince() {
		return this.overdueSince;
	}

	public boolean isOverdue() {
		return this.overdueSince != null;
	}

	public String getInformationRequest() {
		return this.informationRequest;
	}

	public String getInformationAnswer() {
		return this.informationAnswer;
	}

	/**
	 * The study and the decision of the case (never null: a review not started yet before
	 * the study).
	 */
	public Review getReview() {
		return (this.review != null) ? this.review : Review.notStarted();
	}

	public String getStudiedBy() {
		return getReview().getStudiedBy();
	}

	public StudyOutcome getStudyOutcome() {
		return getReview().getStudyOutcome();
	}

	public String getRecommendation() {
		return getReview().getRecommendation();
	}

	public String getDecidedBy() {
		return getReview().getDecidedBy();
	}

	public Decision getDecision() {
		return getReview().getDecision();
	}

	public String getDecisionReasons() {
		return getReview().getDecisionReasons();
	}

	/** The numbers of other records the case is tied to, in the order they were added. */
	public Set<String> getReferences() {
		return Collections.unmodifiableSet(this.references);
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public LocalDateTime getSubmittedAt() {
		return this.submittedAt;
	}

	public LocalDateTime getClosedAt() {
		return this.closedAt;
	}

	/** Every party of the case, by role, in the order they joined it. */
	public List<CaseParty> getParties() {
		return Collections.unmodifiableList(this.parties);
	}

	/** The parties in one role. */
	public List<CaseParty> partiesIn(PartyRole role) {
		return this.parties.stream().filter((party) -> party.getRole() == role).toList();
	}

	public List<CaseNote> getNotes() {
		return Collections.unmodifiableList(this.notes);
	}

	public List<CaseEvent> getEvents() {
		return Collections.unmodifiableList(this.events);
	}

	/**
	 * The history, oldest first (same as {@link #getEvents()}).
	 */
	public List<CaseEvent> getHistory() {
		return getEvents();
	}

}

package la.anuyat.licence.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import la.anuyat.access.PeopleNames;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentSummary;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.shared.LocalizedText;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;

import org.springframework.stereotype.Component;

/**
 * What the applicant's views ask about their company, their cases and the answers they
 * owe; applying itself (draft, documents, submission) goes to
 * {@link la.anuyat.licence.intake.LicenceIntake}.
 */
@Component
class ApplicantDesk {

	static final String ANSWER_TASK = "userTask_answerInformationRequest";

	static final String RESUBMIT = "resubmit";

	private final PeopleNames people;

	private final CaseFileService cases;

	private final CaseWorkflow workflow;

	private final DocumentService documents;

	private final LicenceService licences;

	private final AuthorityService authorities;

	private final FormCatalogue forms;

	private final PartyService parties;

	ApplicantDesk(CaseFileService cases, CaseWorkflow workflow, DocumentService documents, LicenceService licences,
			AuthorityService authorities, FormCatalogue forms, PartyService parties, PeopleNames people) {
		this.people = people;
		this.cases = cases;
		this.workflow = workflow;
		this.documents = documents;
		this.licences = licences;
		this.authorities = authorities;
		this.forms = forms;
		this.parties = parties;
	}

	/** The applicant's own company, to fill in what the form asks about it. */
	Optional<Company> company(Actor applicant) {
		return Optional.ofNullable(applicant.companyId()).map(this.parties::company);
	}

	List<CaseFile> myCases(Actor applicant) {
		return this.cases.casesOf(applicant);
	}

	CaseFile myCase(Actor applicant, String caseNumber) {
		return this.cases.caseByNumber(applicant, caseNumber);
	}

	Map<String, LicenceType> licenceTypesByCode() {
		return this.licences.licenceTypes()
			.stream()
			.collect(Collectors.toMap(LicenceType::getCode, Function.identity()));
	}

	List<Authority> provinces() {
		return this.authorities.provinces();
	}

	Authority authority(String code) {
		return this.authorities.authority(code);
	}

	FormDefinition formFor(String licenceTypeCode) {
		return this.forms.formFor(licenceTypeCode);
	}

	List<DocumentSummary> documents(long caseId) {
		return this.documents.documentsOf(caseId);
	}

	/** The largest file the document store accepts. */
	long maxDocumentBytes() {
		return this.documents.maxSize().toBytes();
	}

	byte[] documentContent(long documentId) {
		return this.documents.content(documentId);
	}

	/** The officer's question waiting for this applicant's answer, if there is one. */
	Optional<WorkItem> openInformationRequest(Actor applicant, long caseId) {
		return this.workflow.tasksFor(applicant)
			.stream()
			.filter((task) -> task.caseId() == caseId && ANSWER_TASK.equals(task.taskKey()))
			.findFirst();
	}

	void answer(Actor applicant, String taskId, String answer) {
		this.workflow.complete(applicant, taskId, RESUBMIT, answer);
	}

	byte[] certificate(Actor applicant, String licenceNumber) {
		return this.licences.certificatePdf(applicant, licenceNumber);
	}

	/** Who a login name belongs to, by the name people know them by. */
	LocalizedText personName(String username) {
		return this.people.nameOf(username);
	}

	/** What uploads accept, to say before the applicant chooses a file. */
	LocalizedText uploadRules() {
		return this.documents.uploadRules();
	}

}

package la.anuyat.casefile.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import la.anuyat.access.PeopleNames;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.Colleague;
import la.anuyat.casefile.workflow.TaskFilter;
import la.anuyat.casefile.workflow.TaskPage;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentSummary;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * What the officers' and leadership's views ask of the application. Access checks stay in
 * the services: this class only chooses which service answers.
 */
@Component
class OfficerDesk {

	private static final String ANSWER_INFORMATION_REQUEST = "userTask_answerInformationRequest";

	private final PeopleNames people;

	private final CaseFileService cases;

	private final CaseWorkflow workflow;

	private final DocumentService documents;

	private final AuthorityService authorities;

	private final CaseTypeCatalogue caseTypes;

	private final PartyService parties;

	OfficerDesk(CaseFileService cases, CaseWorkflow workflow, DocumentService documents, CaseTypeCatalogue caseTypes,
			AuthorityService authorities, PeopleNames people, PartyService parties) {
		this.parties = parties;
		this.people = people;
		this.cases = cases;
		this.workflow = workflow;
		this.documents = documents;
		this.caseTypes = caseTypes;
		this.authorities = authorities;
	}

	TaskPage tasks(Actor staff, TaskFilter filter, int offset, int limit) {
		return this.workflow.tasksFor(staff, filter, offset, limit);
	}

	long taskCount(Actor staff, TaskFilter filter) {
		return this.workflow.taskCount(staff, filter);
	}

	Map<String, LocalizedText> taskNames() {
		return this.workflow.taskNames();
	}

	/**
	 * The open tasks of this case that the actor may work on (their authority's, or
	 * assigned to them).
	 */
	List<WorkItem> tasksOfCase(Actor staff, String caseNumber) {
		return this.workflow.tasksOfCase(staff, caseNumber);
	}

	/**
	 * For the leadership: the case's other open staff work, which they may hand to a
	 * colleague (a check or study held by an officer who is away). The caller loaded the
	 * case through the access-checked service.
	 */
	List<WorkItem> reassignableTasksOfCase(Actor staff, CaseFile caseFile, List<WorkItem> shown) {
		if (staff.role() != Role.LEADERSHIP) {
			return List.of();
		}
		Set<String> shownIds = shown.stream().map(WorkItem::taskId).collect(Collectors.toSet());
		return this.workflow.openTasksOfCase(caseFile.getId())
			.stream()
			.filter((task) -> !shownIds.contains(task.taskId()))
			.filter((task) -> task.authorityCode().equals(staff.authorityCode()))
			.filter((task) -> !task.taskKey().equals(ANSWER_INFORMATION_REQUEST))
			.toList();
	}

	void claim(Actor staff, String taskId) {
		this.workflow.claim(staff, taskId);
	}

	void release(Actor staff, String taskId) {
		this.workflow.unclaim(staff, taskId);
	}

	void assign(Actor staff, String taskId, String username) {
		this.workflow.assign(staff, taskId, username);
	}

	List<Colleague> colleaguesFor(Actor staff, String taskId) {
		return this.workflow.assignableColleagues(staff, taskId);
	}

	void complete(Actor staff, String taskId, String outcome, String comment) {
		this.workflow.complete(staff, taskId, outcome, comment);
	}

	CaseFile caseFile(Actor staff, String caseNumber) {
		return this.cases.caseByNumber(staff, caseNumber);
	}

	void addNote(Actor staff, String caseNumber, String text) {
		this.cases.addNote(staff, caseNumber, text);
	}

	List<DocumentSummary> documents(long caseId) {
		return this.documents.documentsOf(caseId);
	}

	byte[] documentContent(long documentId) {
		return this.documents.content(documentId);
	}

	/** A case type's name, for any type a case may have (retired ones too). */
	Optional<LocalizedText> caseTypeName(String caseType) {
		return this.caseTypes.nameOf(caseType);
	}

	Authority authority(String code) {
		return this.authorities.authority(code);
	}

	/** A company's name in both languages. */
	LocalizedText companyName(long companyId) {
		Company company = this.parties.company(companyId);
		return LocalizedText.of(company.getNameLo(),
				(company.getNameEn() != null) ? company.getNameEn() : company.getNameLo());
	}

	/** Who a login name belongs to, by the name people know them by. */
	LocalizedText personName(String username) {
		return this.people.nameOf(username);
	}

}

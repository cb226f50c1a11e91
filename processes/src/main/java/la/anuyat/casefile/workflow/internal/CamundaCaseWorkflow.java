package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseSummaries;
import la.anuyat.casefile.CaseSummary;
import la.anuyat.casefile.StudierMayNotDecide;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.Colleague;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.casefile.workflow.TaskFilter;
import la.anuyat.casefile.workflow.TaskPage;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.ProcessStartVariables;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow facade on Camunda 7. Each method is one transaction shared by the domain
 * services and the engine (the engine joins Spring's transaction), so a refusal anywhere
 * leaves neither half-done.
 * <p>
 * Lists of tasks are read in a bounded number of queries whatever their length: one task
 * query (filtered, sorted and paged in the database, see {@link OfferedTasks}), one
 * count, the business keys (case numbers) of all listed process instances at once, one
 * summary query for their cases and one for the names of their assignees. A task that
 * ends between these reads is left out, never an error.
 */
@Service("caseWorkflow")
@Transactional
class CamundaCaseWorkflow implements CaseWorkflow {

	private static final String SUBJECT = "case";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final UserTaskDefinitions definitions;

	private final CandidateGroups candidateGroups;

	private final Map<String, TaskCompletionHandler> handlers;

	private final CaseFileService caseFiles;

	private final CaseSummaries summaries;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	private final List<ProcessStartVariables> startVariables;

	CamundaCaseWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management,
			UserTaskDefinitions definitions, CandidateGroups candidateGroups, List<TaskCompletionHandler> handlers,
			CaseFileService caseFiles, CaseSummaries summaries, AuthorityService authorities, AuditTrail audit,
			Clock clock, List<ProcessStartVariables> startVariables) {
		this.startVariables = startVariables;
		this.candidateGroups = candidateGroups;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.definitions = definitions;
		this.handlers = byTaskKey(handlers);
		this.caseFiles = caseFiles;
		this.summaries = summaries;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public CaseFile submit(Actor applicant, String caseNumber) {
		this.caseFiles.submit(applicant, caseNumber);
		CaseFile caseFile = this.caseFiles.caseByNumber(applicant, caseNumber);
		Map<String, Object> variables = LicenceApplicationVariables.atStart(caseFile,
				this.caseFiles.sectionOf(caseFile));
		// what the case's family adds: the answers its decision tables read (a postal
		// licence's scope...)
		this.startVariables.forEach((family) -> variables.putAll(family.of(caseFile)));
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(this.caseFiles.processKeyOf(caseFile),
				caseNumber, variables);
		this.caseFiles.setProcessInstance(caseFile.getId(), instance.getId());
		return this.caseFiles.caseByNumber(applicant, caseNumber);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> tasksFor(Actor actor) {
		return toWorkItems(offeredTasks(actor, TaskFilter.ALL).list());
	}

	@Override
	@Transactional(readOnly = true)
	public TaskPage tasksFor(Actor actor, TaskFilter filter, int offset, int limit) {
		OfferedTasks query = offeredTasks(actor, filter);
		long total = query.count();
		List<WorkItem> items = (limit > 0 && offset < total) ? toWorkItems(query.page(Math.max(0, offset), limit))
				: List.of();
		return new TaskPage(items, total);
	}

	@Override
	@Transactional(readOnly = true)
	public long taskCount(Actor actor, TaskFilter filter) {
		return offeredTasks(actor, filter).count();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> tasksOfCase(Actor actor, String caseNumber) {
		if (caseNumber == null || caseNumber.isBlank()) {
			return List.of();
		}
		return toWorkItems(offered(actor, TaskFilter.ALL, caseNumber, null).list());
	}

	@Override
	@Transactional(readOnly = true)
	public WorkItem task(Actor actor, String taskId) {
		List<Task> found = (taskId != null) ? offered(actor, TaskFilter.ALL, null, taskId).list() : List.of();
		Task task = found.isEmpty() ? null : found.get(0);
		if (task == null) {
			throw taskNotFound();
		}
		return toWorkItems(List.of(task)).stream().findFirst().orElseThrow(CamundaCaseWorkflow::taskNotFound);
	}

	@Override
	public void claim(Actor actor, String taskId) {
		Task task = visibleTask(actor, taskId);
		if (actor.username().equals(task.getAssignee())) {
			return;
		}
		refuseIfClaimedByOther(actor, task);
		if (isDecision(task)) {
			// Four-eyes before the task is taken: a studier who held the decision would
			// keep everybody else from deciding.
			this.caseFiles.checkMayDecide(caseIdOf(task), actor);
		}
		engine(() -> this.tasks.claim(taskId, actor.username()));
		record(actor, "task.claimed", task, actor.username());
	}

	@Override
	public void unclaim(Actor actor, String taskId) {
		Task task = visibleTask(actor, taskId);
		refuseApplicantTask(task);
		if (task.getAssignee() == null) {
			return;
		}
		if (!task.getAssignee().equals(actor.username())) {
			throw new ConflictException("task.notYours", LocalizedText.of(
					"ທ່ານບໍ່ໄດ້ຮັບໜ້າວຽກນີ້ໄວ້ ຈຶ່ງປ່ອຍບໍ່ໄດ້: " + task.getAssignee() + " ຖືໄວ້",
					"You do not hold this task, so you cannot release it: " + task.getAssignee() + " holds it"));
		}
		engine(() -> this.tasks.setAssignee(taskId, null));
		record(actor, "task.released", task, actor.username());
	}

	@Override
	public void assign(Actor actor, String taskId, String username) {
		Task task = taskOfLeadership(actor, taskId);
		List<String> groups = candidateGroupsOf(task);
		StaffMember colleague = (username != null) ? this.authorities.staffByUsername(username.strip()).orElse(null)
				: null;
		if (colleague == null || !acceptsAny(groups, colleague)) {
			LocalizedText text = LocalizedText.of(
					"ມອບໃຫ້ບໍ່ໄດ້: \"" + nullToEmpty(username)
							+ "\" ບໍ່ແມ່ນພະນັກງານຂອງໜ່ວຍງານນີ້ທີ່ມີໜ້າທີ່ເຮັດໜ້າວຽກນີ້",
					"Cannot assign: \"" + nullToEmpty(username)
							+ "\" is not a staff member of this authority whose role does this task");
			throw new InvalidInputException("task.assigneeNotEligible", text,
					List.of(new FieldError("username", text)));
		}
		if (isDecision(task) && studied(caseIdOf(task), colleague.getUsername())) {
			throw new ConflictException(StudierMayNotDecide.CODE, LocalizedText.of(
					colleague.getFullNameLo()
							+ " ໄດ້ພິຈາລະນາຄຳຮ້ອງນີ້ແລ້ວ ຈຶ່ງບໍ່ສາມາດຕັດສິນຄຳຮ້ອງນີ້ໄດ້ (ຫຼັກການສີ່ຕາ)",
					colleague.getFullNameEn() + " studied this case and so may not decide it (four-eyes rule)"));
		}
		if (colleague.getUsername().equals(task.getAssignee())) {
			return;
		}
		engine(() -> this.tasks.setAssignee(taskId, colleague.getUsername()));
		record(actor, "task.assigned", task,
				((task.getAssignee() != null) ? task.getAssignee() : "-") + " -> " + colleague.getUsername());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Colleague> assignableColleagues(Actor actor, String taskId) {
		Task task;
		try {
			task = taskOfLeadership(actor, taskId);
		}
		catch (NotFoundException | ForbiddenException refused) {
			return List.of();
		}
		List<String> groups = candidateGroupsOf(task);
		String authorityCode = CandidateGroups.authorityOf(groups.get(0));
		String studier = isDecision(task) ? studierOf(caseIdOf(task)) : null;
		return this.authorities.staffOf(authorityCode)
			.stream()
			.filter((member) -> acceptsAny(groups, member))
			.filter((member) -> studier == null || !studier.equalsIgnoreCase(member.getUsername()))
			.map((member) -> new Colleague(member.getUsername(),
					LocalizedText.of(member.getFullNameLo(), member.getFullNameEn())))
			.toList();
	}

	@Override
	public void complete(Actor actor, String taskId, String outcome, String comment) {
		Task task = visibleTask(actor, taskId);
		refuseIfClaimedByOther(actor, task);
		UserTaskDefinition definition = this.definitions.of(task)
			.orElseThrow(
					() -> new IllegalStateException("No user task " + task.getTaskDefinitionKey() + " in its model"));
		TaskCompletionHandler handler = this.handlers.get(task.getTaskDefinitionKey());
		if (handler == null) {
			throw new IllegalStateException("No handler completes the task " + task.getTaskDefinitionKey());
		}
		definition.requireValid(outcome, comment);
		long caseId = caseIdOf(task);
		String text = (comment != null) ? comment.strip() : null;
		Map<String, Object> variables = new HashMap<>(
				handler.complete(new TaskCompletion(actor, caseId, caseNumberOf(task), task.getTaskDefinitionKey(),
						outcome, (text != null && !text.isEmpty()) ? text : null)));
		variables.put(LicenceApplicationVariables.OUTCOME, outcome);
		engine(() -> {
			if (task.getAssignee() == null) {
				this.tasks.claim(taskId, actor.username());
			}
			this.tasks.complete(taskId, variables);
		});
	}

	/**
	 * Completes an overdue task with the outcome the deemed-outcome table gives it, by
	 * the system, through the task's handler as any completion; the case's history says
	 * it was deemed. A task completed meanwhile is left alone.
	 */
	void completeDeemed(String taskId, String outcome) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return;
		}
		UserTaskDefinition definition = this.definitions.of(task)
			.orElseThrow(
					() -> new IllegalStateException("No user task " + task.getTaskDefinitionKey() + " in its model"));
		TaskCompletionHandler handler = this.handlers.get(task.getTaskDefinitionKey());
		if (handler == null) {
			throw new IllegalStateException("No handler completes the task " + task.getTaskDefinitionKey());
		}
		LocalizedText deemed = LocalizedText.of(
				definition.label().lo() + ": ຖືວ່າ \"" + outcome + "\" ເພາະເກີນກຳນົດ (ຕາມລະບຽບ)",
				definition.label().en() + ": deemed \"" + outcome + "\", the task passed its due date (by rule)");
		String comment = definition.commentRequired().contains(outcome) ? deemed.lo() + " / " + deemed.en() : null;
		definition.requireValid(outcome, comment);
		long caseId = caseIdOf(task);
		this.caseFiles.recordHistory(caseId, Actor.system(), "case.deemed", deemed,
				task.getTaskDefinitionKey() + " deemed " + outcome + " [rule " + DeemedOutcomes.DECISION_KEY + "]");
		Map<String, Object> variables = new HashMap<>(handler.complete(new TaskCompletion(Actor.system(), caseId,
				caseNumberOf(task), task.getTaskDefinitionKey(), outcome, comment)));
		variables.put(LicenceApplicationVariables.OUTCOME, outcome);
		this.tasks.complete(taskId, variables);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openTasksOfCase(long caseId) {
		CaseSummary summary = this.summaries.byIds(List.of(caseId)).get(caseId);
		if (summary == null) {
			return List.of();
		}
		return toWorkItems(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(summary.caseNumber())
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.list());
	}

	@Override
	public Map<String, LocalizedText> taskNames() {
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		this.definitions.latest().forEach((key, definition) -> names.put(key, definition.label()));
		return names;
	}

	/**
	 * Each handler under its task keys; two handlers for one key are a wiring mistake.
	 */
	private static Map<String, TaskCompletionHandler> byTaskKey(List<TaskCompletionHandler> handlers) {
		Map<String, TaskCompletionHandler> byKey = new HashMap<>();
		for (TaskCompletionHandler handler : handlers) {
			for (String key : handler.taskKeys()) {
				TaskCompletionHandler other = byKey.putIfAbsent(key, handler);
				if (other != null) {
					throw new IllegalStateException("Two handlers complete the task " + key + ": "
							+ other.getClass().getName() + " and " + handler.getClass().getName());
				}
			}
		}
		return Map.copyOf(byKey);
	}

	/** The tasks offered to the actor (see {@link OfferedTasks}). */
	private OfferedTasks offeredTasks(Actor actor, TaskFilter filter) {
		return offered(actor, filter, null, null);
	}

	private OfferedTasks offered(Actor actor, TaskFilter filter, String caseNumber, String taskId) {
		// only leadership's lists leave decisions out (four-eyes): nobody else pays for
		// reading the models' decision keys
		List<String> decisionKeys = (actor.role() == Role.LEADERSHIP) ? this.definitions.decisionKeys() : List.of();
		return OfferedTasks.of(this.tasks, this.management, decisionKeys, actor, this.candidateGroups.of(actor), filter,
				caseNumber, taskId, Date.from(this.clock.instant()));
	}

	/**
	 * The task if the actor may act on it: through the candidate groups of their role and
	 * authority, or because it is assigned to them. Anything else is "not found", so that
	 * nobody learns about another authority's work. Unlike the lists, this finds a
	 * decision for its studier too, so that the four-eyes rule can say why they may not
	 * take it.
	 */
	private Task visibleTask(Actor actor, String taskId) {
		List<String> groups = this.candidateGroups.of(actor);
		Task task = null;
		if (taskId != null && !groups.isEmpty()) {
			task = this.tasks.createTaskQuery()
				.taskId(taskId)
				.taskCandidateGroupIn(groups)
				.includeAssignedTasks()
				.singleResult();
		}
		if (task == null && taskId != null) {
			task = this.tasks.createTaskQuery().taskId(taskId).taskAssignee(actor.username()).singleResult();
		}
		if (task == null) {
			throw taskNotFound();
		}
		return task;
	}

	/**
	 * A staff task of the actor's authority, for the actor to hand on: only its
	 * leadership may.
	 */
	private Task taskOfLeadership(Actor actor, String taskId) {
		Task task = (taskId != null && actor != null && actor.isStaff())
				? this.tasks.createTaskQuery().taskId(taskId).singleResult() : null;
		List<String> groups = (task != null) ? candidateGroupsOf(task) : List.of();
		if (groups.isEmpty() || !Objects.equals(CandidateGroups.authorityOf(groups.get(0)), actor.authorityCode())) {
			// another authority's work, or an applicant's information request
			throw taskNotFound();
		}
		if (actor.role() != Role.LEADERSHIP) {
			throw new ForbiddenException("task.assignForbidden",
					LocalizedText.of("ມີແຕ່ຄະນະພະແນກເທົ່ານັ້ນທີ່ມອບໜ້າວຽກໃຫ້ຜູ້ອື່ນໄດ້",
							"Only the leadership of the authority may assign a task to someone"));
		}
		return task;
	}

	private List<String> candidateGroupsOf(Task task) {
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return groups;
	}

	private boolean acceptsAny(List<String> taskGroups, StaffMember member) {
		return this.candidateGroups.of(member.toActor()).stream().anyMatch(taskGroups::contains);
	}

	private boolean studied(long caseId, String username) {
		String studier = studierOf(caseId);
		return studier != null && studier.equalsIgnoreCase(username);
	}

	private String studierOf(long caseId) {
		CaseSummary summary = this.summaries.byIds(List.of(caseId)).get(caseId);
		return (summary != null) ? summary.studiedBy() : null;
	}

	private boolean isDecision(Task task) {
		return this.definitions.of(task).map(UserTaskDefinition::isDecision).orElse(false);
	}

	private long caseIdOf(Task task) {
		return LicenceApplicationVariables.caseIdOfProcessInstance(this.runtime, task.getProcessInstanceId())
			.orElseThrow(CamundaCaseWorkflow::taskNotFound);
	}

	/**
	 * A task without candidate groups is assigned by its model to one person, the
	 * applicant (an information request to answer): nobody releases it.
	 */
	private void refuseApplicantTask(Task task) {
		if (candidateGroupsOf(task).isEmpty()) {
			throw new ConflictException("task.applicantsOwn",
					LocalizedText.of("ໜ້າວຽກນີ້ເປັນຂອງຜູ້ຍື່ນຄຳຮ້ອງ ມີແຕ່ຜູ້ຍື່ນຄຳຮ້ອງເທົ່ານັ້ນທີ່ເຮັດໄດ້",
							"This task is the applicant's: only the applicant does it"));
		}
	}

	/** The case number: the business key of the task's process instance. */
	private String caseNumberOf(Task task) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(task.getProcessInstanceId());
	}

	private void record(Actor actor, String action, Task task, String detail) {
		String caseNumber = caseNumberOf(task);
		this.audit.record(actor.username(), action, SUBJECT, caseNumber, task.getTaskDefinitionKey() + ": " + detail,
				this.authorities.delegationReferenceOf(actor));
	}

	/**
	 * Runs an engine command on a task read a moment ago: if a colleague completed or
	 * claimed it meanwhile, the engine's own exceptions become the refusals users
	 * understand (404: it is gone; 409: someone else was quicker).
	 */
	private static void engine(Runnable command) {
		try {
			command.run();
		}
		catch (TaskAlreadyClaimedException ex) {
			throw new ConflictException("task.claimedByOther",
					LocalizedText.of("ໜ້າວຽກນີ້ " + ex.getTaskAssignee() + " ໄດ້ຮັບເອົາໄປເຮັດແລ້ວ",
							"This task has already been claimed by " + ex.getTaskAssignee()));
		}
		catch (OptimisticLockingException ex) {
			throw changedMeanwhile();
		}
		catch (org.camunda.bpm.engine.exception.NullValueException
				| org.camunda.bpm.engine.exception.NotFoundException ex) {
			throw taskNotFound();
		}
		catch (ProcessEngineException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("Cannot find task")) {
				throw taskNotFound();
			}
			throw ex;
		}
	}

	private static ConflictException changedMeanwhile() {
		return new ConflictException("task.changedMeanwhile",
				LocalizedText.of("ໜ້າວຽກນີ້ຖືກປ່ຽນແປງໂດຍຜູ້ອື່ນໃນເວລາດຽວກັນ, ກະລຸນາໂຫຼດຄືນແລ້ວລອງໃໝ່",
						"Someone else changed this task at the same time; reload and try again"));
	}

	private static NotFoundException taskNotFound() {
		return new NotFoundException("task.notFound", LocalizedText.of(
				"ບໍ່ພົບໜ້າວຽກນີ້, ມັນອາດຈະຖືກເຮັດແລ້ວ ຫຼື ບໍ່ແມ່ນໜ້າວຽກຂອງໜ່ວຍງານທ່ານ",
				"No such open task: it may have been completed already, or it is not a task of your authority"));
	}

	private static void refuseIfClaimedByOther(Actor actor, Task task) {
		if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
			throw new ConflictException("task.claimedByOther",
					LocalizedText.of("ໜ້າວຽກນີ້ " + task.getAssignee() + " ໄດ້ຮັບເອົາໄປເຮັດແລ້ວ",
							"This task has already been claimed by " + task.getAssignee()));
		}
	}

	/**
	 * The work items of tasks listed a moment ago, in their order, in three queries for
	 * any number of tasks. A task whose process instance has ended meanwhile (its case id
	 * is gone) is left out.
	 */
	List<WorkItem> toWorkItems(Collection<Task> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		// The case number is the business key of every process instance of a case (the
		// called processes inherit it): instances by primary key, then the cases by
		// number.
		Map<String, String> caseNumbers = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> caseNumbers.put(instance.getId(), instance.getBusinessKey()));
		Map<String, CaseSummary> cases = this.summaries
			.byCaseNumbers(caseNumbers.values().stream().filter(Objects::nonNull).distinct().toList());
		Map<String, LocalizedText> staffNames = staffNames(
				found.stream().map(Task::getAssignee).filter(Objects::nonNull).distinct().toList());
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<WorkItem> items = new ArrayList<>();
		for (Task task : found) {
			String caseNumber = caseNumbers.get(task.getProcessInstanceId());
			CaseSummary summary = (caseNumber != null) ? cases.get(caseNumber) : null;
			if (summary != null) {
				items.add(toWorkItem(task, summary, staffNames, now));
			}
		}
		return items;
	}

	private Map<String, LocalizedText> staffNames(List<String> usernames) {
		Map<String, LocalizedText> names = new HashMap<>();
		this.authorities.staffByUsernames(usernames)
			.forEach((member) -> names.put(member.getUsername(),
					LocalizedText.of(member.getFullNameLo(), member.getFullNameEn())));
		return names;
	}

	private WorkItem toWorkItem(Task task, CaseSummary summary, Map<String, LocalizedText> staffNames,
			LocalDateTime now) {
		UserTaskDefinition definition = this.definitions.of(task).orElse(null);
		LocalizedText name = (definition != null) ? definition.label()
				: LocalizedText.of(nameOrKey(task), nameOrKey(task));
		LocalDateTime due = toLocal(task.getDueDate());
		boolean overdue = due != null && due.isBefore(now);
		String assignee = task.getAssignee();
		LocalizedText assigneeName = null;
		if (assignee != null) {
			assigneeName = staffNames.get(assignee);
			if (assigneeName == null) {
				assigneeName = assignee.equals(summary.applicantUsername()) ? summary.companyName()
						: LocalizedText.of(assignee, assignee);
			}
		}
		return new WorkItem(task.getId(), task.getTaskDefinitionKey(), name, summary.caseNumber(), summary.caseId(),
				summary.caseType(), summary.authorityCode(), toLocal(task.getCreateTime()), due, overdue, assignee,
				(definition != null) ? definition.outcomes() : List.of(), summary.companyName(),
				summary.authorityName(), assigneeName);
	}

	private static String nameOrKey(Task task) {
		return (task.getName() != null) ? task.getName() : task.getTaskDefinitionKey();
	}

	private LocalDateTime toLocal(Date date) {
		return (date != null) ? LocalDateTime.ofInstant(date.toInstant(), this.clock.getZone()) : null;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}

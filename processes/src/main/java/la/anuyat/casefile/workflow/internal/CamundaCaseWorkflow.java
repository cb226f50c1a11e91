package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import la.anuyat.authority.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow facade on Camunda 7. Each method is one transaction shared by the domain
 * services and the engine (the engine joins Spring's transaction), so a refusal anywhere
 * leaves neither half-done.
 */
@Service("caseWorkflow")
@Transactional
class CamundaCaseWorkflow implements CaseWorkflow {

	static final String PROCESS_KEY = "licence-application";

	private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
		.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkItem::created, Comparator.nullsLast(Comparator.naturalOrder()));

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final CaseFileService caseFiles;

	private final Clock clock;

	CamundaCaseWorkflow(RuntimeService runtime, TaskService tasks, CaseFileService caseFiles, Clock clock) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Override
	public CaseFile submit(Actor applicant, String caseNumber) {
		this.caseFiles.submit(applicant, caseNumber);
		CaseFile caseFile = this.caseFiles.caseByNumber(applicant, caseNumber);
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber,
				LicenceApplicationVariables.atStart(caseFile));
		this.caseFiles.setProcessInstance(caseFile.getId(), instance.getId());
		return this.caseFiles.caseByNumber(applicant, caseNumber);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> tasksFor(Actor actor) {
		Map<String, Task> visible = new LinkedHashMap<>();
		List<String> groups = CandidateGroups.of(actor);
		if (!groups.isEmpty()) {
			// includeAssignedTasks: colleagues see that a task is claimed, and by whom.
			this.tasks.createTaskQuery()
				.taskCandidateGroupIn(groups)
				.includeAssignedTasks()
				.list()
				.forEach((task) -> visible.put(task.getId(), task));
		}
		this.tasks.createTaskQuery()
			.taskAssignee(actor.username())
			.list()
			.forEach((task) -> visible.putIfAbsent(task.getId(), task));
		return toWorkItems(visible.values());
	}

	@Override
	@Transactional(readOnly = true)
	public WorkItem task(Actor actor, String taskId) {
		return toWorkItem(visibleTask(actor, taskId));
	}

	@Override
	public void claim(Actor actor, String taskId) {
		Task task = visibleTask(actor, taskId);
		if (actor.username().equals(task.getAssignee())) {
			return;
		}
		refuseIfClaimedByOther(actor, task);
		this.tasks.claim(taskId, actor.username());
	}

	@Override
	public void complete(Actor actor, String taskId, String outcome, String comment) {
		Task task = visibleTask(actor, taskId);
		refuseIfClaimedByOther(actor, task);
		WorkflowTask kind = WorkflowTask.byKey(task.getTaskDefinitionKey())
			.orElseThrow(() -> new IllegalStateException("No outcomes known for task " + task.getTaskDefinitionKey()));
		requireValidOutcome(kind, outcome, comment);
		long caseId = LicenceApplicationVariables.caseIdOfTask(this.tasks, taskId);
		String text = (comment != null) ? comment.strip() : null;
		switch (kind) {
			case CHECK_COMPLETENESS -> {
				if (WorkflowTask.REQUEST_INFO.equals(outcome)) {
					this.caseFiles.requestInformation(caseId, actor, text);
				}
				else {
					this.caseFiles.markComplete(caseId, actor);
					if (text != null && !text.isEmpty()) {
						// An optional remark on a complete application is kept as a case
						// note.
						this.caseFiles.addNote(actor, this.caseFiles.caseById(caseId).getCaseNumber(), text);
					}
				}
			}
			case ANSWER_INFORMATION_REQUEST -> this.caseFiles.answerInformationRequest(caseId, actor, text);
			case STUDY_APPLICATION ->
				this.caseFiles.recordStudy(caseId, actor, WorkflowTask.studyOutcome(outcome), text);
			case DECIDE_APPLICATION -> {
				// Four-eyes first: the refusal comes before anything is recorded or the
				// engine is touched.
				this.caseFiles.checkMayDecide(caseId, actor);
				this.caseFiles.recordDecision(caseId, actor, WorkflowTask.decision(outcome), text);
			}
		}
		if (task.getAssignee() == null) {
			this.tasks.claim(taskId, actor.username());
		}
		this.tasks.complete(taskId,
				LicenceApplicationVariables.onCompletion(outcome, kind == WorkflowTask.DECIDE_APPLICATION));
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openTasksOfCase(long caseId) {
		return toWorkItems(this.tasks.createTaskQuery()
			.processVariableValueEquals(LicenceApplicationVariables.CASE_ID, caseId)
			.list());
	}

	/**
	 * The task if the actor may see it: through the candidate groups of their role and
	 * authority, or because it is assigned to them. Anything else is "not found", so that
	 * nobody learns about another authority's work.
	 */
	private Task visibleTask(Actor actor, String taskId) {
		List<String> groups = CandidateGroups.of(actor);
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
			throw new NotFoundException("task.notFound",
					LocalizedText.of("ບໍ່ພົບໜ້າວຽກນີ້, ຫຼື ມັນບໍ່ແມ່ນໜ້າວຽກຂອງໜ່ວຍງານທ່ານ",
							"No such open task, or it is not a task of your authority"));
		}
		return task;
	}

	private static void refuseIfClaimedByOther(Actor actor, Task task) {
		if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
			throw new ConflictException("task.claimedByOther",
					LocalizedText.of("ໜ້າວຽກນີ້ " + task.getAssignee() + " ໄດ້ຮັບເອົາໄປເຮັດແລ້ວ",
							"This task has already been claimed by " + task.getAssignee()));
		}
	}

	private static void requireValidOutcome(WorkflowTask kind, String outcome, String comment) {
		if (!kind.allows(outcome)) {
			String allowed = String.join(", ", kind.outcomes());
			LocalizedText text = LocalizedText.of(
					"ຜົນ \"" + outcome + "\" ບໍ່ໃຊ້ໄດ້ກັບໜ້າວຽກ " + kind.label().lo() + ". ເລືອກໄດ້: " + allowed,
					"\"" + outcome + "\" is not an outcome of the task " + kind.label().en() + ". Allowed: " + allowed);
			throw new InvalidInputException("task.invalidOutcome", text, List.of(new FieldError("outcome", text)));
		}
		if (kind.needsComment(outcome) && (comment == null || comment.isBlank())) {
			LocalizedText text = LocalizedText.of("ກະລຸນາຂຽນຄຳເຫັນ, ຄຳຖາມ, ຄຳຕອບ ຫຼື ເຫດຜົນ",
					"Write the question, answer, recommendation or reasons");
			throw new InvalidInputException("task.commentRequired", text, List.of(new FieldError("comment", text)));
		}
	}

	private List<WorkItem> toWorkItems(Collection<Task> found) {
		Map<String, Long> caseIds = LicenceApplicationVariables.caseIdsByProcessInstance(this.runtime,
				found.stream().map(Task::getProcessInstanceId).distinct().toList());
		List<WorkItem> items = new ArrayList<>();
		for (Task task : found) {
			Long caseId = caseIds.get(task.getProcessInstanceId());
			items.add(toWorkItem(task,
					(caseId != null) ? caseId : LicenceApplicationVariables.caseIdOfTask(this.tasks, task.getId())));
		}
		items.sort(MOST_URGENT_FIRST);
		return items;
	}

	private WorkItem toWorkItem(Task task) {
		return toWorkItem(task, LicenceApplicationVariables.caseIdOfTask(this.tasks, task.getId()));
	}

	private WorkItem toWorkItem(Task task, long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		WorkflowTask kind = WorkflowTask.byKey(task.getTaskDefinitionKey()).orElse(null);
		LocalizedText name = (kind != null) ? kind.label() : LocalizedText.of(nameOrKey(task), nameOrKey(task));
		LocalDateTime due = toLocal(task.getDueDate());
		boolean overdue = due != null && due.isBefore(LocalDateTime.now(this.clock));
		return new WorkItem(task.getId(), task.getTaskDefinitionKey(), name, caseFile.getCaseNumber(), caseId,
				caseFile.getCaseType(), caseFile.getAuthorityCode(), toLocal(task.getCreateTime()), due, overdue,
				task.getAssignee(), (kind != null) ? kind.outcomes() : List.of());
	}

	private static String nameOrKey(Task task) {
		return (task.getName() != null) ? task.getName() : task.getTaskDefinitionKey();
	}

	private LocalDateTime toLocal(Date date) {
		return (date != null) ? LocalDateTime.ofInstant(date.toInstant(), this.clock.getZone()) : null;
	}

}

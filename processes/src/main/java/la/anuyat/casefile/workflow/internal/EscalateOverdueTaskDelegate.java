package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A staff task passed its due date (its non-interrupting boundary timer fired): the case
 * is flagged overdue, the escalation goes into its history and the leadership of the
 * authority is told. Where the deemed-outcome table says so for the task and case type,
 * the task is instead completed with that outcome once this step has committed
 * ({@link DeemedCompletion}). The service task names the task it watches in its input
 * {@value #OVERDUE_TASK_KEY}. A task completed meanwhile is not escalated.
 */
@Component("escalateOverdueTaskDelegate")
class EscalateOverdueTaskDelegate implements JavaDelegate {

	/**
	 * Input of the escalation step: the key of the user task its timer is attached to.
	 */
	static final String OVERDUE_TASK_KEY = "overdueTaskKey";

	private final TaskService tasks;

	private final UserTaskDefinitions definitions;

	private final DeemedOutcomes deemedOutcomes;

	private final DeemedCompletion deemedCompletion;

	private final CaseFileService caseFiles;

	private final Clock clock;

	EscalateOverdueTaskDelegate(TaskService tasks, UserTaskDefinitions definitions, DeemedOutcomes deemedOutcomes,
			DeemedCompletion deemedCompletion, CaseFileService caseFiles, Clock clock) {
		this.tasks = tasks;
		this.definitions = definitions;
		this.deemedOutcomes = deemedOutcomes;
		this.deemedCompletion = deemedCompletion;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Task task = OverdueTasks.openTask(this.tasks, execution, (String) execution.getVariable(OVERDUE_TASK_KEY));
		if (task == null) {
			return;
		}
		long caseId = LicenceApplicationVariables.caseId(execution);
		Optional<UserTaskDefinition> definition = this.definitions.of(task);
		LocalizedText name = definition.map(UserTaskDefinition::label)
			.orElse(LocalizedText.of(task.getTaskDefinitionKey(), task.getTaskDefinitionKey()));
		LocalDateTime due = OverdueTasks.dueOf(task, this.clock);
		Runnable escalate = () -> this.caseFiles.escalateOverdue(caseId, name, due);
		Optional<String> deemed = this.deemedOutcomes.of(task.getTaskDefinitionKey(),
				this.caseFiles.caseById(caseId).getCaseType());
		if (deemed.isPresent() && definition.isPresent() && definition.get().outcomes().contains(deemed.get())) {
			this.deemedCompletion.afterCommit(task.getId(), deemed.get(), escalate);
			return;
		}
		escalate.run();
	}

}

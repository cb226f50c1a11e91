package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * The open task an overdue timer of a process instance watches.
 */
final class OverdueTasks {

	private OverdueTasks() {
	}

	/** The open task of the key in the execution's process instance, or {@code null}. */
	static Task openTask(TaskService tasks, DelegateExecution execution, String taskKey) {
		if (taskKey == null) {
			throw new IllegalStateException("The overdue step of " + execution.getCurrentActivityId()
					+ " names no task (input " + EscalateOverdueTaskDelegate.OVERDUE_TASK_KEY + ")");
		}
		return tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** The task's due date; now for a task without one. */
	static LocalDateTime dueOf(Task task, Clock clock) {
		return (task.getDueDate() != null) ? LocalDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone())
				: LocalDateTime.now(clock);
	}

}

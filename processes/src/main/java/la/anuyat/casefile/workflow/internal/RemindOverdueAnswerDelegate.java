package la.anuyat.casefile.workflow.internal;

import java.time.Clock;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The applicant has not answered an information request by its due date: they are
 * reminded. The answer is theirs, so nothing is escalated to the leadership.
 */
@Component("remindOverdueAnswerDelegate")
class RemindOverdueAnswerDelegate implements JavaDelegate {

	private final TaskService tasks;

	private final CaseFileService caseFiles;

	private final Clock clock;

	RemindOverdueAnswerDelegate(TaskService tasks, CaseFileService caseFiles, Clock clock) {
		this.tasks = tasks;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Task task = OverdueTasks.openTask(this.tasks, execution,
				(String) execution.getVariable(EscalateOverdueTaskDelegate.OVERDUE_TASK_KEY));
		if (task == null) {
			return;
		}
		this.caseFiles.remindOverdueAnswer(LicenceApplicationVariables.caseId(execution),
				OverdueTasks.dueOf(task, this.clock));
	}

}

package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task its due date from the {@code taskDueDate} decision table (the
 * one its model computed for the task's overdue timer, see {@link TaskDeadlines}) and
 * writes the same date to the case, so that the officer's inbox and the applicant's case
 * list show one date. When the task is completed, the case's overdue flag clears: the
 * step is done, and its history keeps that it was late.
 */
@Component("taskDueDateListener")
class TaskDueDateListener implements TaskListener {

	static final String DECISION_KEY = TaskDeadlines.DECISION_KEY;

	private final TaskDeadlines deadlines;

	private final CaseFileService caseFiles;

	private final Clock clock;

	TaskDueDateListener(TaskDeadlines deadlines, CaseFileService caseFiles, Clock clock) {
		this.deadlines = deadlines;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long caseId = LicenceApplicationVariables.caseId(task);
		if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			this.caseFiles.clearOverdue(caseId);
			return;
		}
		Date due = TaskDeadlines.computed(task) ? (Date) task.getVariable(TaskDeadlines.TASK_DUE_AT)
				: this.deadlines.dueAt(task.getTaskDefinitionKey());
		if (due == null) {
			return;
		}
		task.setDueDate(due);
		this.caseFiles.setDue(caseId, LocalDateTime.ofInstant(due.toInstant(), this.clock.getZone()));
	}

}

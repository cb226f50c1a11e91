package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task its due date from the {@code taskDueDate} decision table and
 * writes the same date to the case, so that the officer's inbox and the applicant's case
 * list show one date.
 */
@Component("taskDueDateListener")
class TaskDueDateListener implements TaskListener {

	static final String DECISION_KEY = "taskDueDate";

	private final DecisionService decisions;

	private final CaseFileService caseFiles;

	private final Clock clock;

	TaskDueDateListener(DecisionService decisions, CaseFileService caseFiles, Clock clock) {
		this.decisions = decisions;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		DmnDecisionRuleResult result = this.decisions
			.evaluateDecisionTableByKey(DECISION_KEY,
					Variables.createVariables().putValue("taskKey", task.getTaskDefinitionKey()))
			.getFirstResult();
		if (result == null) {
			// The table's annotation says so: a task it does not list has no due date.
			return;
		}
		Number days = result.getSingleEntry();
		// Minutes are precise enough for a due date, and both stores then hold exactly
		// the same value.
		LocalDateTime due = LocalDateTime.now(this.clock).plusDays(days.longValue()).truncatedTo(ChronoUnit.MINUTES);
		task.setDueDate(Date.from(due.atZone(this.clock.getZone()).toInstant()));
		this.caseFiles.setDue(LicenceApplicationVariables.caseId(task), due);
	}

}

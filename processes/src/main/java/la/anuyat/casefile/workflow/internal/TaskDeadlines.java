package la.anuyat.casefile.workflow.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import la.anuyat.casefile.workflow.TaskDueDays;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * The due date of a user task, from the {@code taskDueDate} decision table. Each staff
 * task of the models computes it once, in an input mapping ({@value #TASK_DUE_AT}),
 * before the engine creates the task's boundary timer: the timer, the task's due date and
 * the case's due date are then one value. <pre>
 * &lt;camunda:inputParameter name="taskDueAt"&gt;${taskDeadlines.dueAt('userTask_studyApplication')}&lt;/camunda:inputParameter&gt;
 * &lt;bpmn:timeDate&gt;${taskDeadlines.escalateAt(execution)}&lt;/bpmn:timeDate&gt;
 * </pre> The class and these two methods are public for the models' expressions only.
 */
@Component("taskDeadlines")
public class TaskDeadlines implements TaskDueDays {

	static final String DECISION_KEY = "taskDueDate";

	/** The due date of the task of this scope (a local variable of the task's scope). */
	static final String TASK_DUE_AT = "taskDueAt";

	/**
	 * A task the table does not list has no due date, so its timer never fires: a hundred
	 * years is "never" for a licence application.
	 */
	private static final long NEVER_IN_YEARS = 100;

	private final DecisionService decisions;

	private final Clock clock;

	public TaskDeadlines(DecisionService decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	/** The due date of a task created now, or {@code null} when the table has none. */
	public Date dueAt(String taskKey) {
		Integer days = daysFor(taskKey);
		if (days == null) {
			return null;
		}
		// Minutes are precise enough for a due date, and every store then holds exactly
		// the same value.
		LocalDateTime due = LocalDateTime.now(this.clock).plusDays(days).truncatedTo(ChronoUnit.MINUTES);
		return Date.from(due.atZone(this.clock.getZone()).toInstant());
	}

	@Override
	public Integer daysFor(String taskKey) {
		DmnDecisionRuleResult result = this.decisions
			.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables().putValue("taskKey", taskKey))
			.getFirstResult();
		if (result == null) {
			// The table's annotation says so: a task it does not list has no due date.
			return null;
		}
		Number days = result.getSingleEntry();
		return (days != null) ? days.intValue() : null;
	}

	/** When the overdue timer of the task of this scope fires: at its due date. */
	public Date escalateAt(VariableScope scope) {
		Date due = (Date) scope.getVariable(TASK_DUE_AT);
		if (due != null) {
			return due;
		}
		return Date
			.from(LocalDateTime.now(this.clock).plusYears(NEVER_IN_YEARS).atZone(this.clock.getZone()).toInstant());
	}

	/** The due date of the task of this scope, if its model computed one. */
	static boolean computed(VariableScope scope) {
		return scope.hasVariable(TASK_DUE_AT);
	}

}

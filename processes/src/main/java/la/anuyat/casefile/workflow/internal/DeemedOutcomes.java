package la.anuyat.casefile.workflow.internal;

import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Whether an overdue task is deemed to have an outcome, from the {@code deemedOutcome}
 * decision table (deemed-outcomes.dmn). By default it has none: a deemed outcome exists
 * only where a regulation says so, and the regulator puts that row in force.
 */
@Component
class DeemedOutcomes {

	static final String DECISION_KEY = "deemedOutcome";

	static final String NONE = "none";

	private final DecisionService decisions;

	DeemedOutcomes(DecisionService decisions) {
		this.decisions = decisions;
	}

	/** The outcome the task is deemed to have, or empty when it stays open. */
	Optional<String> of(String taskKey, String caseType) {
		DmnDecisionRuleResult result = this.decisions
			.evaluateDecisionTableByKey(DECISION_KEY,
					Variables.createVariables().putValue("taskKey", taskKey).putValue("caseType", caseType))
			.getFirstResult();
		String outcome = (result != null) ? result.getSingleEntry() : null;
		if (outcome == null || outcome.isBlank() || NONE.equals(outcome.strip())) {
			return Optional.empty();
		}
		return Optional.of(outcome.strip());
	}

}

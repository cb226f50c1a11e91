package la.anuyat.complaint.process.internal;

import java.util.Map;

import la.anuyat.complaint.CategoryRules;
import la.anuyat.complaint.ComplaintRules;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The rules of the complaint categories from {@code complaint-categories.dmn}; its last
 * rule covers a category it does not name.
 */
@Component
class DecisionTableComplaintRules implements ComplaintRules {

	static final String DECISION = "complaintCategory";

	private final DecisionService decisions;

	DecisionTableComplaintRules(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public CategoryRules of(String category) {
		Map<String, Object> rules = this.decisions
			.evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("category", category))
			.getFirstResult();
		if (rules == null) {
			throw new IllegalStateException("complaint-categories.dmn gives category " + category + " no rules");
		}
		return new CategoryRules(Boolean.TRUE.equals(rules.get("anonymousAllowed")),
				((Number) rules.get("responseDays")).intValue(), ((Number) rules.get("graceDays")).intValue(),
				(String) rules.get("section"), Boolean.TRUE.equals(rules.get("ministry")),
				((Number) rules.get("reopenDays")).intValue());
	}

}

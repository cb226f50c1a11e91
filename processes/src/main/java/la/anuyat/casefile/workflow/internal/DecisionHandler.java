package la.anuyat.casefile.workflow.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;

import org.springframework.stereotype.Component;

/**
 * The decision of review-and-decide: approve or reject with reasons, never by whoever
 * studied the case (four-eyes). The decision is returned to the calling process.
 */
@Component
class DecisionHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_decideApplication";

	static final String APPROVE = "approve";

	private final CaseFileService caseFiles;

	DecisionHandler(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		// Four-eyes first: the refusal comes before anything is recorded or the engine is
		// touched.
		this.caseFiles.checkMayDecide(completion.caseId(), completion.actor());
		Decision decision = APPROVE.equals(completion.outcome()) ? Decision.APPROVE : Decision.REJECT;
		this.caseFiles.recordDecision(completion.caseId(), completion.actor(), decision, completion.comment());
		return Map.of(LicenceApplicationVariables.DECISION, completion.outcome());
	}

}

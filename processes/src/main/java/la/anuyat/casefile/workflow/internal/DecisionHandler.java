package la.anuyat.casefile.workflow.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * The decision of review-and-decide: approve or reject with reasons, never by whoever
 * studied the case (four-eyes), and where the decision table
 * {@code decision-reserved-to-head.dmn} reserves it to the head, by the head or a deputy
 * acting under a written delegation in force. The decision is returned to the calling
 * process.
 */
@Component
class DecisionHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_decideApplication";

	static final String APPROVE = "approve";

	static final String RESERVED_TO_HEAD = "decisionReservedToHead";

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final DecisionService rules;

	DecisionHandler(CaseFileService caseFiles, AuthorityService authorities, DecisionService rules) {
		this.caseFiles = caseFiles;
		this.authorities = authorities;
		this.rules = rules;
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
		CaseFile caseFile = this.caseFiles.caseById(completion.caseId());
		String family = this.caseFiles.familyOf(caseFile);
		Boolean reserved = this.rules
			.evaluateDecisionTableByKey(RESERVED_TO_HEAD,
					Variables.createVariables().putValue("family", family).putValue("caseType", caseFile.getCaseType()))
			.getSingleResult()
			.getSingleEntry();
		if (Boolean.TRUE.equals(reserved)) {
			this.authorities.checkMayTakeDecisionReservedToHead(completion.actor(), caseFile.getAuthorityCode(),
					family);
		}
		Decision decision = APPROVE.equals(completion.outcome()) ? Decision.APPROVE : Decision.REJECT;
		this.caseFiles.recordDecision(completion.caseId(), completion.actor(), decision, completion.comment());
		return Map.of(LicenceApplicationVariables.DECISION, completion.outcome());
	}

}

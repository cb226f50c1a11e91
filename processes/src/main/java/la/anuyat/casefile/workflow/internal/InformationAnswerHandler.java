package la.anuyat.casefile.workflow.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;

import org.springframework.stereotype.Component;

/** The applicant's answer to an information request (request-information block). */
@Component
class InformationAnswerHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_answerInformationRequest";

	private final CaseFileService caseFiles;

	InformationAnswerHandler(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		this.caseFiles.answerInformationRequest(completion.caseId(), completion.actor(), completion.comment());
		return Map.of();
	}

}

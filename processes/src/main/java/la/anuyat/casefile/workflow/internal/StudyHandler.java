package la.anuyat.casefile.workflow.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.StudyOutcome;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;

import org.springframework.stereotype.Component;

/**
 * The study of review-and-decide: a recommendation with reasons. It records the studier
 * on the review, so that the inbox does not offer them its decision (four-eyes).
 */
@Component
class StudyHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_studyApplication";

	static final String RECOMMEND_APPROVE = "recommend-approve";

	private final CaseFileService caseFiles;

	StudyHandler(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		StudyOutcome recommendation = RECOMMEND_APPROVE.equals(completion.outcome()) ? StudyOutcome.RECOMMEND_APPROVE
				: StudyOutcome.RECOMMEND_REJECT;
		this.caseFiles.recordStudy(completion.caseId(), completion.actor(), recommendation, completion.comment());
		return Map.of(LicenceApplicationVariables.STUDIED_BY, completion.actor().username());
	}

}

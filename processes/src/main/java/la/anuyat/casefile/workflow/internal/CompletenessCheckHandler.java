package la.anuyat.casefile.workflow.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;

import org.springframework.stereotype.Component;

/**
 * The section officer's completeness check of an application: complete, or an information
 * request to the applicant (the question is the comment).
 */
@Component
class CompletenessCheckHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_checkCompleteness";

	static final String REQUEST_INFO = "request-info";

	private final CaseFileService caseFiles;

	CompletenessCheckHandler(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		Map<String, Object> variables = new HashMap<>();
		if (REQUEST_INFO.equals(completion.outcome())) {
			this.caseFiles.requestInformation(completion.caseId(), completion.actor(), completion.comment());
			// the answered request comes back to the officer who asked
			variables.put(LicenceApplicationVariables.INFORMATION_REQUESTED_BY, completion.actor().username());
		}
		else {
			this.caseFiles.markComplete(completion.caseId(), completion.actor());
			if (completion.hasComment()) {
				// An optional remark on a complete application is kept as a case note.
				this.caseFiles.addNote(completion.actor(), completion.caseNumber(), completion.comment());
			}
		}
		return variables;
	}

}

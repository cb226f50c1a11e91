package la.anuyat.licence.process.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.licence.LicenceLifecycle;

import org.springframework.stereotype.Component;

/**
 * A section officer confirms (or refuses, with reasons) the holder's request to cancel
 * their licence; the model then applies or drops it like a reviewed measure.
 */
@Component
class ConfirmCancellationHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_confirmCancellation";

	static final String CONFIRM = "confirm";

	private final LicenceLifecycle lifecycle;

	ConfirmCancellationHandler(LicenceLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		boolean confirmed = CONFIRM.equals(completion.outcome());
		this.lifecycle.confirmCancellation(completion.caseId(), completion.actor(), confirmed, completion.comment());
		return Map.of(LifecycleVariables.DECISION, confirmed ? "approve" : "reject");
	}

}

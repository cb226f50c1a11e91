package la.anuyat.casefile.workflow;

import java.util.Map;
import java.util.Set;

/**
 * Records what completing a user task means for its case, before the engine moves on.
 * Each case family contributes handlers for the task keys of its models; the workflow
 * facade dispatches a completion to the one handler registered for the task's key, so
 * that a new family adds handlers, not switch arms. The handler runs in the facade's
 * transaction: a refusal it throws leaves the task open and nothing recorded.
 */
public interface TaskCompletionHandler {

	/** The task definition keys this handler completes. */
	Set<String> taskKeys();

	/**
	 * Records the completion in the domain.
	 * @return process variables to set with the completion (the facade always sets
	 * {@code outcome})
	 */
	Map<String, Object> complete(TaskCompletion completion);

}

package la.anuyat.casefile.workflow;

import la.anuyat.identity.Actor;

/**
 * A user task being completed, as its {@link TaskCompletionHandler} sees it: the outcome
 * and comment have been checked against what the model declares for the task, and the
 * actor may act on it.
 *
 * @param actor who completes the task
 * @param caseId the case of the task's process
 * @param caseNumber its number
 * @param taskKey the task definition key
 * @param outcome one of the outcomes the task declares
 * @param comment the stripped comment, or {@code null}
 */
public record TaskCompletion(Actor actor, long caseId, String caseNumber, String taskKey, String outcome,
		String comment) {

	/** Whether a (non-blank) comment came with the completion. */
	public boolean hasComment() {
		return this.comment != null && !this.comment.isEmpty();
	}

}

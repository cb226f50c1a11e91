package la.anuyat.casefile.workflow;

import java.util.List;
import java.util.Map;

import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.shared.LocalizedText;

/**
 * The only way into the workflow of a case: the UI and the REST API call this, never the
 * process engine, so that the engine stays replaceable (see STACK.md, "Engine").
 * <p>
 * Task keys and their outcomes: {@code userTask_checkCompleteness} (complete |
 * request-info), {@code userTask_answerInformationRequest} (resubmit; the comment is the
 * answer), {@code userTask_studyApplication} (recommend-approve | recommend-reject),
 * {@code userTask_decideApplication} (approve | reject). Every outcome but
 * {@code complete} needs a comment: the question, the answer, the recommendation or the
 * reasons.
 */
public interface CaseWorkflow {

	/**
	 * Submits the applicant's draft and starts its licence application process (business
	 * key = case number).
	 * @return the submitted case, as the applicant sees it
	 */
	CaseFile submit(Actor applicant, String caseNumber);

	/**
	 * The open tasks this actor may work on: staff see the tasks of their role in their
	 * authority (also those a colleague has claimed) and tasks assigned to them;
	 * applicants see the information requests addressed to them. Most urgent first.
	 */
	List<WorkItem> tasksFor(Actor actor);

	/**
	 * One page of the open tasks this actor may work on (see {@link #tasksFor(Actor)}),
	 * most urgent first, with the number of all matching tasks. Leadership is not offered
	 * the decision of a case they studied (four-eyes). Read in a bounded number of
	 * queries whatever the page size; a task completed meanwhile is left out.
	 * @param offset the first task, from 0
	 * @param limit how many tasks at most
	 */
	TaskPage tasksFor(Actor actor, TaskFilter filter, int offset, int limit);

	/**
	 * How many open tasks {@link #tasksFor(Actor, TaskFilter, int, int)} would list in
	 * all.
	 */
	long taskCount(Actor actor, TaskFilter filter);

	/**
	 * The open tasks of one case that this actor may work on, for the case view.
	 */
	List<WorkItem> tasksOfCase(Actor actor, String caseNumber);

	/**
	 * One task, if the actor may see it.
	 * @throws la.anuyat.shared.NotFoundException when there is no such open task or it is
	 * not visible to the actor (another authority's task)
	 */
	WorkItem task(Actor actor, String taskId);

	/**
	 * Takes the task, so that colleagues see who is working on it.
	 * @throws la.anuyat.shared.NotFoundException when the task is not visible to the
	 * actor
	 * @throws la.anuyat.shared.ConflictException when someone else has claimed it, or the
	 * actor studied the case and the task is its decision (four-eyes)
	 */
	void claim(Actor actor, String taskId);

	/**
	 * Gives back a task the actor holds, so that a colleague can take it. Audited.
	 * @throws la.anuyat.shared.NotFoundException when the task is not visible to the
	 * actor
	 * @throws la.anuyat.shared.ConflictException when someone else holds the task, or it
	 * is an applicant's information request (which only the applicant answers)
	 */
	void unclaim(Actor actor, String taskId);

	/**
	 * Hands a staff task to a colleague: only the leadership of the task's authority,
	 * only to staff of that authority whose role the task is for, and a decision never to
	 * whoever studied the case. Audited.
	 * @throws la.anuyat.shared.NotFoundException when the task is not one of the actor's
	 * authority
	 * @throws la.anuyat.shared.ForbiddenException when the actor is not its leadership
	 * @throws la.anuyat.shared.InvalidInputException when the colleague is not staff of
	 * the authority in a role the task is for
	 * @throws la.anuyat.shared.ConflictException when the colleague studied the case and
	 * the task is its decision, or the task is an applicant's information request
	 */
	void assign(Actor actor, String taskId, String username);

	/**
	 * The colleagues to whom the actor may hand the task (see
	 * {@link #assign(Actor, String, String)}); empty when the actor may not reassign it.
	 */
	List<Colleague> assignableColleagues(Actor actor, String taskId);

	/**
	 * Records the actor's outcome on the case and moves the process on; claims the task
	 * first if nobody has. Nothing is changed when a rule refuses.
	 * @param outcome one of {@link WorkItem#outcomes()}
	 * @param comment the question, answer, recommendation or reasons (required except for
	 * complete)
	 * @throws la.anuyat.shared.NotFoundException when the task is not visible to the
	 * actor
	 * @throws la.anuyat.shared.InvalidInputException when the outcome does not belong to
	 * the task or the comment is missing
	 * @throws la.anuyat.shared.ConflictException when someone else claimed the task, or
	 * the actor studied the case and now tries to decide it (four-eyes)
	 */
	void complete(Actor actor, String taskId, String outcome, String comment);

	/**
	 * The open tasks of one case, for its case view (no access check: the caller has
	 * already loaded the case through an access-checked service).
	 */
	List<WorkItem> openTasksOfCase(long caseId);

	/**
	 * The kinds of task of the models, by key, with their names in Lao and English (for
	 * filters).
	 */
	Map<String, LocalizedText> taskNames();

}

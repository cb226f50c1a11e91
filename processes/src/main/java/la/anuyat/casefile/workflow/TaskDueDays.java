package la.anuyat.casefile.workflow;

/**
 * How many days a user task is given (the task due dates decision table), for the
 * timelines a family shows its applicants before the tasks exist.
 */
public interface TaskDueDays {

	/** The days the table gives the task, or {@code null} when it lists none. */
	Integer daysFor(String taskKey);

}

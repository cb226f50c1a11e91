package la.anuyat.casefile.workflow;

/**
 * Narrows a list of open tasks; every part is optional.
 *
 * @param taskKey only tasks of this model key, e.g. {@code userTask_studyApplication}
 * @param caseNumber only tasks of cases whose number contains this text
 * (case-insensitive)
 * @param overdueOnly only tasks whose due date has passed
 */
public record TaskFilter(String taskKey, String caseNumber, boolean overdueOnly) {

	/** Every open task. */
	public static final TaskFilter ALL = new TaskFilter(null, null, false);

	public TaskFilter {
		taskKey = blankToNull(taskKey);
		caseNumber = blankToNull(caseNumber);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

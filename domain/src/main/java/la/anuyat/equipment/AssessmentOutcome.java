package la.anuyat.equipment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The engineer's conclusion on a type approval's bands, the outcomes of the engineer's
 * task in {@code equipment-assessment.bpmn}.
 */
public enum AssessmentOutcome {

	/** Every band complies. */
	COMPLIANT("compliant"),

	/**
	 * A band does not comply, and the engineer accepts it with a written justification (a
	 * national footnote, a coordination already agreed...).
	 */
	ACCEPTED_WITH_JUSTIFICATION("accept-with-justification"),

	/** The equipment does not comply: the review is told so. */
	NON_COMPLIANT("non-compliant");

	private final String taskOutcome;

	AssessmentOutcome(String taskOutcome) {
		this.taskOutcome = taskOutcome;
	}

	public String taskOutcome() {
		return this.taskOutcome;
	}

	public static Optional<AssessmentOutcome> ofTaskOutcome(String outcome) {
		return Arrays.stream(values()).filter((value) -> value.taskOutcome.equals(outcome)).findFirst();
	}

}

package la.anuyat.spectrum;

import java.util.Arrays;
import java.util.Optional;

/**
 * The engineer's conclusion on a spectrum assessment, the outcomes of the engineer's
 * review in {@code spectrum-assessment.bpmn}.
 */
public enum ReviewOutcome {

	/** The check found no conflict, and the engineer agrees. */
	NO_CONFLICT("no-conflict"),

	/**
	 * The check found conflicts, and the engineer accepts them with a written
	 * justification (a terrain obstacle, an agreement with the other licensee...).
	 */
	CONFLICTS_ACCEPTED("accept-conflicts"),

	/** The engineer refuses the request with reasons: the application ends refused. */
	REFUSED("refuse");

	private final String taskOutcome;

	ReviewOutcome(String taskOutcome) {
		this.taskOutcome = taskOutcome;
	}

	public String taskOutcome() {
		return this.taskOutcome;
	}

	public static Optional<ReviewOutcome> ofTaskOutcome(String outcome) {
		return Arrays.stream(values()).filter((value) -> value.taskOutcome.equals(outcome)).findFirst();
	}

}

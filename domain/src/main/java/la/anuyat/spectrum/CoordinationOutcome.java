package la.anuyat.spectrum;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the neighbouring administration(s) answered to the cross-border coordination of a
 * station near Laos' border: the outcomes of the coordination task in
 * {@code spectrum-assessment.bpmn}.
 */
public enum CoordinationOutcome {

	/** The neighbours agreed (or did not object within the coordination period). */
	AGREED("agreed"),

	/** A neighbour objected: the application ends refused. */
	OBJECTED("objected");

	private final String taskOutcome;

	CoordinationOutcome(String taskOutcome) {
		this.taskOutcome = taskOutcome;
	}

	public String taskOutcome() {
		return this.taskOutcome;
	}

	public static Optional<CoordinationOutcome> ofTaskOutcome(String outcome) {
		return Arrays.stream(values()).filter((value) -> value.taskOutcome.equals(outcome)).findFirst();
	}

}

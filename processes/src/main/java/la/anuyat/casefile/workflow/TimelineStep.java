package la.anuyat.casefile.workflow;

import java.time.LocalDateTime;

import la.anuyat.shared.LocalizedText;

/**
 * One step of an application's expected course, as the applicant sees it.
 *
 * @param key a stable code: {@code submitted}, {@code completenessCheck}, {@code study},
 * {@code decision}, {@code payment}, {@code licence}
 * @param name the step's name in Lao and English
 * @param state whether it is done, the current step, or still ahead
 * @param done when it was done, null until then
 * @param due when the current step is due (the case's due date), null for other steps
 * @param expected when a step still ahead is expected to be done (the days of the
 * deadline rules added up from the current step's due date), null for the others
 */
public record TimelineStep(String key, LocalizedText name, State state, LocalDateTime done, LocalDateTime due,
		LocalDateTime expected) {

	/** Where a step stands. */
	public enum State {

		DONE, CURRENT, AHEAD

	}

}

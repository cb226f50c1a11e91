package la.anuyat.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * The measure an officer proposes for review.
 *
 * @param measure the measure
 * @param fineKip the fine in kip (a fine only)
 * @param suspendUntil the suspension's last day (a suspension only)
 * @param grounds why, in the officer's words
 * @param items what is seized (a seizure only)
 */
public record MeasureProposal(EnforcementMeasure measure, Long fineKip, LocalDate suspendUntil, String grounds,
		List<SeizureEntry> items) {

	public MeasureProposal {
		items = (items == null) ? List.of() : List.copyOf(items);
	}

}

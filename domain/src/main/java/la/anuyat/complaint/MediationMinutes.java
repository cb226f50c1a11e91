package la.anuyat.complaint;

import java.util.List;

/**
 * What the officer records of a mediation meeting.
 *
 * @param attended the names of the invited participants who came
 * @param minutes what was said
 * @param outcome agreed or not
 * @param agreement what was agreed (required when agreed): the remedy the decision names
 */
public record MediationMinutes(List<String> attended, String minutes, MediationOutcome outcome, String agreement) {

	public MediationMinutes {
		attended = (attended == null) ? List.of() : List.copyOf(attended);
	}

}

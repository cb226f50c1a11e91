package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A section officer's draft of a measure on a licence.
 *
 * @param measure suspend or revoke
 * @param until the last day of a suspension (included); null for a revocation
 * @param category the public category of the grounds (null: breach of the licence
 * conditions)
 * @param groundsLo the grounds in Lao (at least one language is required)
 * @param groundsEn the grounds in English
 * @param urgent whether the measure goes to review at once, without waiting for the
 * holder's response
 */
public record SanctionDraft(Measure measure, LocalDate until, StatusReason category, String groundsLo, String groundsEn,
		boolean urgent) {

}

package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A measure on a licence was proposed and its holder is to be told: with the day until
 * which they may respond, or none when the measure is urgent.
 */
public record MeasureProposed(long caseId, String caseNumber, String licenceNumber, Measure measure,
		LocalDate suspendUntil, LocalDate respondBy) {

}

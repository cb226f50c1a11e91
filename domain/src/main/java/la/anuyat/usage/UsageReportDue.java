package la.anuyat.usage;

import java.time.LocalDate;

/**
 * A reporting period of a licence ended: its holder owes the usage report by the due
 * date. Published inside the transaction that recorded it.
 *
 * @param caseId the licence's own application, whose company is told; null when the
 * licence has none
 */
public record UsageReportDue(long reportId, String licenceNumber, LocalDate periodStart, LocalDate periodEnd,
		LocalDate dueDate, Long caseId) {

}

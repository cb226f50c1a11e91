package la.anuyat.usage;

import java.time.LocalDate;

/**
 * A usage report was not submitted by its due date: the holder is reminded, and the
 * officers of the section that handles the licence's type, in the licence's authority,
 * are told. Published inside the transaction that recorded it.
 *
 * @param caseId the licence's own application, whose company is told; null when the
 * licence has none
 * @param authorityCode the licence's authority
 * @param sectionCode the section of the licence's type
 */
public record UsageReportOverdue(long reportId, String licenceNumber, LocalDate periodStart, LocalDate periodEnd,
		LocalDate dueDate, Long caseId, String authorityCode, String sectionCode) {

}

package la.anuyat.inspection;

import java.time.LocalDate;

/**
 * A field report was received (the first time: a resend is not an event).
 *
 * @param reportId the stored report
 * @param formId the checklist it fills, e.g. {@code inspection-ict-shop}
 * @param licenceNumber the licence number answered, if any
 * @param assignmentReference the frequency assignment answered, if any
 * @param inspector the inspector's user name
 * @param on the day it was received
 * @param latitude where it was filed
 * @param longitude where it was filed
 */
public record FieldReportReceived(long reportId, String formId, String licenceNumber, String assignmentReference,
		String inspector, LocalDate on, Double latitude, Double longitude) {
}

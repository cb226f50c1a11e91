package la.anuyat.inspection;

/**
 * A field report was stored for the first time (a resend publishes nothing), in the
 * transaction that stored it: its findings then open an inspection case.
 */
public record FieldReportReceived(long reportId, String formId, String inspectorUsername) {
}

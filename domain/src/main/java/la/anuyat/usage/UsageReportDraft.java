package la.anuyat.usage;

/**
 * What the holder enters for a period, unchecked: {@link UsageFigures#of} checks it.
 *
 * @param callsReceived the calls or messages the number received in the period
 * @param purposeUnchanged whether the number still serves the purpose it was licensed for
 * @param remarks anything the holder adds; required when the purpose changed
 */
public record UsageReportDraft(Long callsReceived, Boolean purposeUnchanged, String remarks) {

}

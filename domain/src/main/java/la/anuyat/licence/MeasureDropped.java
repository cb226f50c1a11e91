package la.anuyat.licence;

/**
 * A proposed measure (or a holder's cancellation request) was not taken: the licence
 * stays as it was.
 */
public record MeasureDropped(long caseId, String caseNumber, String licenceNumber, Measure measure) {

}

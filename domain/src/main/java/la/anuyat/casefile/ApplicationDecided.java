package la.anuyat.casefile;

/**
 * The leadership approved or rejected an application, for the given reasons. Published
 * inside the transaction that recorded the decision; an approval is followed by
 * {@code LicenceIssued} once the licence is issued.
 */
public record ApplicationDecided(long caseId, String caseNumber, Decision decision, String reasons) {

}

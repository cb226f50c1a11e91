package la.anuyat.licence;

/**
 * A licence was amended (holder details, address, scope) and has a new certificate; the
 * earlier one verifies as superseded. Published inside the transaction that amended it.
 */
public record LicenceAmended(long caseId, String caseNumber, String licenceNumber) {

}

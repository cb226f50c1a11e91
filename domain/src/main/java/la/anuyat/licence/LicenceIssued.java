package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A licence was issued, with its signed certificate, for an approved case. Published
 * inside the transaction that issued it.
 */
public record LicenceIssued(long caseId, String caseNumber, String licenceNumber, LocalDate validUntil) {

}

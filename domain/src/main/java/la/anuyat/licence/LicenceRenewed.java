package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A licence was renewed until a new last day: its expiry watch starts over. Published
 * inside the transaction that renewed it.
 */
public record LicenceRenewed(long caseId, String caseNumber, String licenceNumber, LocalDate validUntil) {

}

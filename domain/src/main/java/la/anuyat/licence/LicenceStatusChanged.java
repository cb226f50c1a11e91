package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A licence was suspended, lifted, revoked, cancelled or expired. Published inside the
 * transaction that changed it.
 *
 * @param caseId the case the holder reads about it: the measure's case, or the licence's
 * own application for a lifting or an expiry; null when the licence has none
 * @param suspendedUntil the last day of a suspension, null otherwise
 */
public record LicenceStatusChanged(String licenceNumber, LicenceStatus status, LocalDate suspendedUntil, Long caseId) {

}

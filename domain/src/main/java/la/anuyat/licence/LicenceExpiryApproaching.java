package la.anuyat.licence;

import java.time.LocalDate;

/**
 * A reminder, some days before the end of a licence's validity, that it will expire
 * unless renewed.
 *
 * @param caseId the licence's own application, whose page the holder reads; null when the
 * licence has none
 */
public record LicenceExpiryApproaching(String licenceNumber, LocalDate validUntil, int daysBefore, Long caseId) {

}

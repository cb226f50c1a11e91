package la.anuyat.licence;

import java.time.LocalDate;

/**
 * What the signed token in a certificate's QR code states, once its signature has been
 * checked against the published key of the issuing authority.
 *
 * @param licenceNumber the licence
 * @param holderNameLo the holder's name in Lao
 * @param licenceTypeCode the licence type
 * @param validFrom first day of validity
 * @param validUntil last day of validity
 * @param authorityCode the issuing authority
 * @param keyId the published key that verified it
 */
public record CertificateToken(String licenceNumber, String holderNameLo, String licenceTypeCode, LocalDate validFrom,
		LocalDate validUntil, String authorityCode, String keyId) {
}

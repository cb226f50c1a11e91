package la.anuyat.licence.internal;

import java.time.LocalDate;

/**
 * What a licence certificate states, in Lao and English.
 */
public record CertificateContent(String licenceNumber, String licenceTypeCode, String licenceTypeNameLo,
		String licenceTypeNameEn, String holderNameLo, String holderNameEn, String holderRegistrationNumber,
		String holderAddress, String authorityCode, String authorityNameLo, String authorityNameEn, LocalDate issuedOn,
		LocalDate validUntil, String caseNumber, String decidedBy, String verificationUrl) {
}

package la.anuyat.licence.internal;

import java.time.LocalDate;

/**
 * What a licence certificate states, in Lao and English. The decider is named as staff
 * know them, in both languages, never by a login name.
 */
public record CertificateContent(String licenceNumber, String licenceTypeCode, String licenceTypeNameLo,
		String licenceTypeNameEn, String holderNameLo, String holderNameEn, String holderRegistrationNumber,
		String holderAddress, String authorityCode, String authorityNameLo, String authorityNameEn, LocalDate issuedOn,
		LocalDate validUntil, String caseNumber, String decidedByLo, String decidedByEn, String verificationUrl) {
}

package la.anuyat.licence.internal;

import java.time.LocalDate;
import java.util.List;

import la.anuyat.licence.CertificateRow;

/**
 * What a licence certificate states, in Lao and English. The title comes from the licence
 * catalogue and the form rows from the fields its application form tags for the
 * certificate, so that no licence type is named in the layout. The decider is named as
 * staff know them, in both languages, never by a login name.
 */
public record CertificateContent(String licenceNumber, String titleLo, String titleEn, String licenceTypeCode,
		String licenceTypeNameLo, String licenceTypeNameEn, String holderNameLo, String holderNameEn,
		String holderRegistrationNumber, String holderAddress, List<CertificateRow> formRows, String authorityCode,
		String authorityNameLo, String authorityNameEn, LocalDate issuedOn, LocalDate validUntil, String caseNumber,
		String decidedByLo, String decidedByEn, String verificationUrl) {

	public CertificateContent {
		formRows = List.copyOf(formRows);
	}

}

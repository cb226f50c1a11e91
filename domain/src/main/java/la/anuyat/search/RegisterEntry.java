package la.anuyat.search;

import java.time.LocalDate;

import la.anuyat.licence.VerificationStatus;

/**
 * The public fields of a licence, as the register shows them. Nothing else (company id,
 * case, issuing officer, status reason) ever leaves the index for the public.
 */
public record RegisterEntry(String holderNameLo, String holderNameEn, String licenceTypeCode, String licenceNumber,
		VerificationStatus status, LocalDate issuedOn, LocalDate validUntil, String authorityCode) {

}

package la.anuyat.search;

import java.time.LocalDate;

import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;

/**
 * The public fields of a licence, as the register shows them. Nothing else (company id,
 * case, issuing officer, the grounds of a measure) ever leaves the index for the public.
 *
 * @param suspendedUntil the last day of a suspension, null unless suspended
 * @param reasonCategory the public category of why a licence was suspended, revoked or
 * cancelled; null for a valid or expired licence
 */
public record RegisterEntry(String holderNameLo, String holderNameEn, String licenceTypeCode, String licenceNumber,
		VerificationStatus status, LocalDate issuedOn, LocalDate validUntil, String authorityCode,
		LocalDate suspendedUntil, StatusReason reasonCategory) {

}

package la.anuyat.enforcement;

/**
 * What opens an enforcement case.
 *
 * @param origin what started it
 * @param originReference the case (complaint, inspection, earlier enforcement) it comes
 * from; null when an officer opens it on their own initiative
 * @param authorityCode the authority that enforces
 * @param companyId the company whose violation it is
 * @param licenceNumber the licence concerned, if any (required for a suspension or a
 * revocation later)
 * @param violation what was found, in the officer's words
 */
public record EnforcementDraft(EnforcementOrigin origin, String originReference, String authorityCode, Long companyId,
		String licenceNumber, String violation) {
}

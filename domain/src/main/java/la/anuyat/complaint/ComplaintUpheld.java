package la.anuyat.complaint;

/**
 * A complaint was upheld: enforcement reacts to it (a warning, a measure against the
 * operator).
 *
 * @param caseId the complaint's case
 * @param caseNumber its number
 * @param category the category's case type code
 * @param respondentCompanyId the operator it is against, null when unknown
 * @param authorityCode the authority that decided it
 * @param remedy the remedy the assessment proposed, or null
 */
public record ComplaintUpheld(long caseId, String caseNumber, String category, Long respondentCompanyId,
		String authorityCode, String remedy) {
}

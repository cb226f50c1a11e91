package la.anuyat.search;

import la.anuyat.licence.VerificationStatus;

/**
 * A search in the public licence register; null means "any".
 *
 * @param text holder name (Lao or English) or licence number; null or "" for all
 * @param licenceType a licence type code
 * @param province an authority code (province code, or MTC for the ministry)
 * @param status the status as the verification page would answer it today
 * @param page 0-based page
 * @param size rows per page, 1 to {@link CaseQuery#MAX_SIZE}
 */
public record RegisterQuery(String text, String licenceType, String province, VerificationStatus status, int page,
		int size) {

}

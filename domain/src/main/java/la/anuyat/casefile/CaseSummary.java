package la.anuyat.casefile;

import la.anuyat.shared.LocalizedText;

/**
 * What a list of work shows about a case, read in one query without the case's notes,
 * history and form data.
 *
 * @param caseId the case's id
 * @param caseNumber e.g. {@code ICT-VTE-2026-000123}
 * @param caseType the licence type code
 * @param authorityCode the authority handling the case
 * @param authorityName that authority's name in Lao and English
 * @param companyName the applying company's name in Lao and English (the Lao name when it
 * has no English one)
 * @param applicantUsername who applied
 * @param studiedBy who studied the case, null before the study (the four-eyes rule)
 */
public record CaseSummary(long caseId, String caseNumber, String caseType, String authorityCode,
		LocalizedText authorityName, LocalizedText companyName, String applicantUsername, String studiedBy) {

	/** What a case about no company shows in the company's place. */
	public static final LocalizedText NO_COMPANY = LocalizedText.of("ບໍ່ຮູ້ຜູ້ໃຫ້ບໍລິການ", "Operator unknown");

	/**
	 * The row of the summary query, in the query's column order.
	 */
	public CaseSummary(Long caseId, String caseNumber, String caseType, String authorityCode, String authorityNameLo,
			String authorityNameEn, String companyNameLo, String companyNameEn, String applicantUsername,
			String studiedBy) {
		this(caseId, caseNumber, caseType, authorityCode, LocalizedText.of(authorityNameLo, authorityNameEn),
				(companyNameLo == null) ? NO_COMPANY
						: LocalizedText.of(companyNameLo,
								(companyNameEn != null && !companyNameEn.isBlank()) ? companyNameEn : companyNameLo),
				applicantUsername, studiedBy);
	}

}

package la.anuyat.search;

import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.casefile.CaseStatus;

/**
 * A case found by {@link CaseSearch}, read from the index alone.
 *
 * @param caseNumber the case number, which opens the case
 * @param caseType the licence type code
 * @param status the case status
 * @param authorityCode the authority handling the case
 * @param provinceCode the province of the application
 * @param applicantNameLo the company name in Lao, from the form
 * @param applicantNameEn the company name in English, from the form
 * @param references the numbers of the records the case is tied to: the licence it issued
 * or is about
 * @param submittedAt when the case was submitted, null for drafts
 * @param highlights fragments of matching text (names, form, notes, attachment text).
 * Safe to insert as HTML: the source text is HTML-escaped and the only markup is
 * {@code <em>…</em>} around matches.
 */
public record CaseHit(String caseNumber, String caseType, CaseStatus status, String authorityCode, String provinceCode,
		String applicantNameLo, String applicantNameEn, List<String> references, LocalDateTime submittedAt,
		List<String> highlights) {

	public CaseHit {
		references = (references != null) ? List.copyOf(references) : List.of();
		highlights = List.copyOf(highlights);
	}

}

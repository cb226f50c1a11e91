package la.anuyat.search;

import java.util.Set;

import la.anuyat.casefile.CaseStatus;

/**
 * A case search: free text (simple query string syntax: words are ANDed, {@code "…"} for
 * a phrase, {@code -word} to exclude, {@code |} for OR) plus facet filters. Empty sets
 * and null mean "any".
 *
 * @param text free text, null or "" for all cases
 * @param caseTypes licence type codes such as {@code ICT-SOFT}
 * @param statuses case statuses
 * @param provinces province codes such as {@code VTE}
 * @param years years of submission
 * @param sort the order, {@link CaseSort#RELEVANCE} when null
 * @param page 0-based page number
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 */
public record CaseQuery(String text, Set<String> caseTypes, Set<CaseStatus> statuses, Set<String> provinces,
		Set<Integer> years, CaseSort sort, int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public CaseQuery {
		caseTypes = (caseTypes == null) ? Set.of() : Set.copyOf(caseTypes);
		statuses = (statuses == null) ? Set.of() : Set.copyOf(statuses);
		provinces = (provinces == null) ? Set.of() : Set.copyOf(provinces);
		years = (years == null) ? Set.of() : Set.copyOf(years);
		sort = (sort == null) ? CaseSort.RELEVANCE : sort;
	}

	/**
	 * The first page of a plain text search, by relevance.
	 */
	public static CaseQuery text(String text) {
		return new CaseQuery(text, null, null, null, null, CaseSort.RELEVANCE, 0, DEFAULT_SIZE);
	}

}

package la.anuyat.search;

import la.anuyat.identity.Actor;

/**
 * Full-text search over case files for officers (and applicants over their own company's
 * cases), filtered by jurisdiction inside the query itself, so that hits, totals and
 * facet counts never include a case the actor may not see.
 */
public interface CaseSearch {

	/**
	 * Searches the cases the actor may see.
	 * <ul>
	 * <li>Staff with {@link Actor#seesEveryAuthority()} (ministry officers of MTC,
	 * administrators) see every authority's cases; other staff only their authority's.
	 * Drafts are never found by staff.</li>
	 * <li>Applicants see their own company's cases, drafts included.</li>
	 * <li>An actor without a role, or staff without an authority, find nothing.</li>
	 * </ul>
	 * An empty text (null or "") lists every visible case, newest first.
	 * @param actor who searches
	 * @param query what to search for
	 * @return one page of hits, the total and the facet counts
	 * @throws la.anuyat.shared.InvalidInputException when the text is blank, too long or
	 * has nothing searchable in it, or when paging is out of range
	 */
	CaseSearchResult search(Actor actor, CaseQuery query);

}

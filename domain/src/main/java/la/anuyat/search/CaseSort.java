package la.anuyat.search;

/**
 * The order of case search hits. {@link #RELEVANCE} without text means newest first.
 */
public enum CaseSort {

	RELEVANCE, NEWEST, OLDEST, CASE_NUMBER

}

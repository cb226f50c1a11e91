package la.anuyat.search;

import java.util.List;
import java.util.Map;

/**
 * One page of case hits.
 *
 * @param hits the hits of the requested page
 * @param total how many cases match in all (within the actor's jurisdiction)
 * @param facets counts per value for the keys {@link #TYPE}, {@link #STATUS},
 * {@link #PROVINCE} and {@link #YEAR}, largest first; computed on the whole result, not
 * only this page
 */
public record CaseSearchResult(List<CaseHit> hits, long total, Map<String, List<FacetCount>> facets) {

	public static final String TYPE = "type";

	public static final String STATUS = "status";

	public static final String PROVINCE = "province";

	public static final String YEAR = "year";

	public CaseSearchResult {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	public List<FacetCount> facet(String key) {
		return this.facets.getOrDefault(key, List.of());
	}

}

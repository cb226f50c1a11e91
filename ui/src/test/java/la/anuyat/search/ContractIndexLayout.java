package la.anuyat.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default index layout ({@code case-000001} behind the aliases
 * {@code case-write} and {@code case-read}) with a prefix, so that the search suite's
 * application context, on its own H2 database, does not share indexes with the
 * production-profile test's context on the same Elasticsearch node (the same entity ids
 * would overwrite each other's documents).
 */
public class ContractIndexLayout implements IndexLayoutStrategy {

	static final String PREFIX = "search-suite-";

	private static final Pattern GENERATION = Pattern.compile("(.+)-\\d{6}");

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return PREFIX + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return PREFIX + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return PREFIX + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return PREFIX + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		Matcher matcher = GENERATION.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not an index of this layout: " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}

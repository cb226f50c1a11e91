package la.anuyat.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "lao" analyzer, defined identically for both backends: the standard tokenizer and
 * lowercase filter, the only analysis an Elasticsearch without plugins (such as the
 * integ-test-zip distribution) offers. Word segmentation and spelling normalisation
 * happen before, in the application ({@link la.anuyat.search.LaoText}).
 */
public final class SearchAnalysis {

	public static final String LAO = "lao";

	private SearchAnalysis() {
	}

	public static class Lucene implements LuceneAnalysisConfigurer {

		@Override
		public void configure(LuceneAnalysisConfigurationContext context) {
			context.analyzer(LAO)
				.custom()
				.tokenizer(StandardTokenizerFactory.class)
				.tokenFilter(LowerCaseFilterFactory.class);
		}

	}

	public static class Elasticsearch implements ElasticsearchAnalysisConfigurer {

		@Override
		public void configure(ElasticsearchAnalysisConfigurationContext context) {
			context.analyzer(LAO).custom().tokenizer("standard").tokenFilters("lowercase");
		}

	}

}

package la.anuyat.search;

import la.anuyat.DomainTestApplication;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The search suite on the embedded default: H2 and the Lucene backend (in memory here).
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-search-lucene;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data/search-lucene", "anuyat.public-base-url=https://anuyat.example.la",
				"spring.jpa.properties.hibernate.search.backend.type=lucene",
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync" })
class LuceneCaseSearchTest extends CaseSearchContract {

	@Override
	protected String backendName() {
		return "Lucene";
	}

}

package la.anuyat.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import la.anuyat.DomainTestApplication;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same mapping on the Elasticsearch backend, without a node: Hibernate Search builds
 * the Elasticsearch schema at start-up (analyzer, fields, highlighting options) and
 * exports what it would create, which is checked here. The suite against a running node
 * ({@link CaseSearchContract}) is run by the application module.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-search-es-mapping;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data/search-es-mapping",
				"spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
				"spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:9",
				"spring.jpa.properties.hibernate.search.backend.version=8.19",
				"spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
				"spring.jpa.properties.hibernate.search.schema_management.strategy=none",
				"spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false" })
class ElasticsearchMappingTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void exportsIndexesWithTheLaoAnalyzerAndNoReplica(@TempDir Path dir) throws IOException {
		Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(dir);
		String caseIndex = read(dir, "case");
		assertThat(caseIndex).contains("\"lao\"")
			.contains("\"standard\"")
			.contains("\"lowercase\"")
			.contains("\"number_of_replicas\":\"0\"")
			.contains("\"attachments\"")
			.contains("\"companyNameLo\"")
			.contains("\"term_vector\":\"with_positions_offsets\"");
		assertThat(read(dir, "licence")).contains("\"holderNameLo\"").contains("\"validUntil\"");
	}

	private static String read(Path dir, String index) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.toString().contains("/" + index + "/")) {
					all.append(Files.readString(file).replaceAll("\\s", ""));
				}
			}
			assertThat(all).as("exported schema of index " + index).isNotEmpty();
			return all.toString();
		}
	}

}

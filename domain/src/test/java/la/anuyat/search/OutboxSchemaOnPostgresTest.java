package la.anuyat.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import la.anuyat.DomainTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway schema, outbox tables included, validated by Hibernate on a real PostgreSQL
 * 17 with outbox-polling coordination on (the production combination). The event
 * processor is off: this test is about the schema, {@link OutboxPollingCoordinationTest}
 * about the processing.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data/search-postgres", "anuyat.public-base-url=https://anuyat.example.la",
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
				"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
class OutboxSchemaOnPostgresTest {

	static final EmbeddedPostgres POSTGRES = start();

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@AfterAll
	static void stop() throws IOException {
		POSTGRES.close();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hibernateAcceptsTheOutboxTablesOfTheFlywaySchema() {
		assertThat(this.jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'hsearch_outbox_event'",
				String.class))
			.contains("id", "entity_name", "entity_id", "entity_id_hash", "payload", "retries", "process_after",
					"status", "tenant_id");
		assertThat(this.jdbc.queryForObject(
				"select data_type from information_schema.columns where table_name = 'hsearch_agent' and column_name = 'payload'",
				String.class))
			.isEqualTo("bytea");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

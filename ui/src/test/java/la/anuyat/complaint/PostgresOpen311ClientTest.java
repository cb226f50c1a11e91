package la.anuyat.complaint;

import la.anuyat.api.TestPostgres;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same Open311 and public complaint client on a real PostgreSQL 17 server, through
 * the {@code postgres} profile: the schema, the nullable company and the request filters'
 * queries as production runs them.
 */
@ActiveProfiles({ "demo", "postgres" })
@TestPropertySource(properties = "anuyat.data-dir=target/test-data/complaints-postgres")
class PostgresOpen311ClientTest extends Open311ClientTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("complaints"));
		registry.add("spring.datasource.username", () -> TestPostgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}

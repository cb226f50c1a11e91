package la.anuyat.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same API journey on a real PostgreSQL 17 server that the test starts itself,
 * through the {@code postgres} profile (with the demo users).
 */
@ActiveProfiles({ "demo", "postgres" })
@TestPropertySource(properties = "anuyat.data-dir=target/test-data/postgres")
class PostgresApiJourneyTests extends ApiJourneyTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl());
		registry.add("spring.datasource.username", () -> TestPostgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}

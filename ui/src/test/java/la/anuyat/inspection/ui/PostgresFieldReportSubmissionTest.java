package la.anuyat.inspection.ui;

import la.anuyat.api.TestPostgres;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same field reports from the browser on a real PostgreSQL 17 server, through the
 * {@code postgres} profile: the signatures' table and the photos' EXIF columns as
 * production migrates and stores them.
 */
@ActiveProfiles({ "demo", "postgres" })
@TestPropertySource(properties = "anuyat.data-dir=target/test-data/field-reports-postgres")
class PostgresFieldReportSubmissionTest extends FieldReportSubmissionTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("fieldreports"));
		registry.add("spring.datasource.username", () -> TestPostgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}

package la.anuyat.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (the zonky binaries: PostgreSQL 17, unpacked
 * and started in a few seconds, no installation needed), with an empty database for the
 * application. Stopped when the JVM ends, after the application contexts have closed.
 */
final class TestPostgres {

	static final String USER = "postgres";

	private static final String DATABASE = "anuyat";

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	static synchronized String jdbcUrl() {
		if (server == null) {
			server = start();
		}
		return server.getJdbcUrl(USER, DATABASE);
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres started = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			try (Connection connection = started.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
			// stopped only after the cached application contexts have closed, so that
			// their last
			// database work (the engine's metrics, the pool's goodbyes) still finds the
			// server
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is ending anyway
				}
			});
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database", ex);
		}
	}

}

package la.anuyat.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (the zonky binaries: PostgreSQL 17, unpacked
 * and started in a few seconds, no installation needed), with an empty database for each
 * kind of application context that asks for one. Stopped when the JVM ends, after the
 * application contexts have closed.
 */
public final class TestPostgres {

	public static final String USER = "postgres";

	private static final String DATABASE = "anuyat";

	private static final Set<String> DATABASES = new HashSet<>();

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	static synchronized String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	/**
	 * A database of its own on the one server of the test run, created empty on first
	 * use, so that application contexts with different settings (the demo on PostgreSQL,
	 * the production profile) do not share tables.
	 * @param database the name, lower-case letters, digits and underscores
	 * @return its JDBC URL, for {@link #USER} without password
	 */
	public static synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		if (server == null) {
			server = start();
		}
		if (DATABASES.add(database)) {
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + database);
			}
			catch (SQLException ex) {
				DATABASES.remove(database);
				throw new IllegalStateException("Could not create the test database " + database, ex);
			}
		}
		return server.getJdbcUrl(USER, database);
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres started = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
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
	}

}

package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of Hibernate Search 7.2's outbox-polling coordination
 * ({@code hibernate.search.coordination.strategy=outbox-polling}), exactly as Hibernate
 * ORM 6.6 generates them for that mapping, so that {@code ddl-auto=validate} passes.
 * Hibernate Search maps them only when outbox-polling is on; otherwise they stay empty.
 * <p>
 * A Java migration rather than SQL because no one column type suits both databases for
 * the binary payload: Hibernate expects BLOB on H2 and BYTEA on PostgreSQL (the other
 * columns are written portably, as in V1: enums as VARCHAR with a check).
 */
public class V3__search_outbox extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		String binary = product.contains("h2") ? "BLOB" : "BYTEA";
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE hsearch_outbox_event (
					    id             UUID                        NOT NULL PRIMARY KEY,
					    entity_name    VARCHAR(256)                NOT NULL,
					    entity_id      VARCHAR(256)                NOT NULL,
					    entity_id_hash INTEGER                     NOT NULL,
					    payload        %s                          NOT NULL,
					    retries        INTEGER                     NOT NULL,
					    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
					    status         VARCHAR(255)                NOT NULL,
					    tenant_id      VARCHAR(255),
					    CONSTRAINT ck_hsearch_outbox_event_status CHECK (status IN ('PENDING', 'ABORTED'))
					)""".formatted(binary));
			statement.execute("CREATE INDEX ix_hsearch_outbox_event_hash ON hsearch_outbox_event (entity_id_hash)");
			statement.execute("CREATE INDEX ix_hsearch_outbox_event_status ON hsearch_outbox_event (status)");
			statement.execute("CREATE INDEX ix_hsearch_outbox_event_after ON hsearch_outbox_event (process_after)");
			statement.execute("""
					CREATE TABLE hsearch_agent (
					    id                   UUID                        NOT NULL PRIMARY KEY,
					    type                 VARCHAR(255)                NOT NULL,
					    name                 VARCHAR(255)                NOT NULL,
					    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
					    state                VARCHAR(255)                NOT NULL,
					    total_shard_count    INTEGER,
					    assigned_shard_index INTEGER,
					    payload              %s,
					    tenant_id            VARCHAR(255),
					    CONSTRAINT ck_hsearch_agent_type CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING',
					        'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
					    CONSTRAINT ck_hsearch_agent_state CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED'))
					)""".formatted(binary));
		}
	}

}

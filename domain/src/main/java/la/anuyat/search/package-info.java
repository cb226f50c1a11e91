/**
 * Search: officers' case search ({@link la.anuyat.search.CaseSearch}), the public licence
 * register ({@link la.anuyat.search.LicenceRegister}), index rebuilds
 * ({@link la.anuyat.search.SearchIndexAdmin}) and Lao text preparation
 * ({@link la.anuyat.search.LaoText}). Hibernate Search stays in {@code internal}.
 * <p>
 * Configuration (all under {@code spring.jpa.properties.}; defaults set by
 * {@code SearchHibernateProperties} when absent):
 * <ul>
 * <li>{@code hibernate.search.backend.type}: {@code lucene} (default) or
 * {@code elasticsearch}.</li>
 * <li>Lucene: {@code hibernate.search.backend.directory.type=local-filesystem} (default)
 * with {@code hibernate.search.backend.directory.root=${anuyat.data-dir}/index}
 * (default); tests use {@code local-heap} and
 * {@code hibernate.search.indexing.plan.synchronization.strategy=sync}.</li>
 * <li>Elasticsearch: {@code hibernate.search.backend.hosts}, {@code .protocol},
 * {@code .username}, {@code .password} (from the environment),
 * {@code hibernate.search.backend.version=8.19},
 * {@code hibernate.search.backend.version_check.enabled=false}; new indexes get 1 shard
 * and 0 replicas from {@code search/elasticsearch-index-settings.json} unless
 * {@code hibernate.search.backend.schema_management.settings_file} names another file.
 * Exclude Spring Boot's {@code ElasticsearchRestClientAutoConfiguration}.</li>
 * <li>Several application nodes:
 * {@code hibernate.search.coordination.strategy=outbox-polling} (tables from Flyway
 * migration V3).</li>
 * </ul>
 */
package la.anuyat.search;

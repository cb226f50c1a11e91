package la.anuyat.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;
import org.hibernate.Session;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SearchIndexAdmin} that rebuilds the index in place, never purging it first, so
 * that searches keep answering with the documents indexed before while it runs (a purge
 * would leave them empty until the end; an alias swap exists only on Elasticsearch).
 * <p>
 * How "in place" is done depends on the backend, because Hibernate Search's mass indexer
 * writes "add" operations, assuming it was given an empty index:
 * <ul>
 * <li>Elasticsearch applies an add as an index request by document id, which replaces the
 * document of that id: the mass indexer, without its purge, overwrites every document in
 * place. It stays the tool there: fast, and coordinated with the outbox-polling agents of
 * the other nodes.</li>
 * <li>Lucene applies an add as {@code IndexWriter.addDocument}, which appends: without
 * the purge, every case and licence ends up twice (doubled hits, totals and facets, and
 * register rows that the grid cannot tell apart). So on Lucene each entity goes through
 * the indexing plan instead ({@code addOrUpdate}), batch by batch, which Lucene applies
 * as {@code IndexWriter.updateDocuments}: it deletes the documents of that id and adds
 * the new one in one atomic step, so a reader sees the old or the new document, never
 * none and never two. It also removes the second copies an earlier rebuild left
 * behind.</li>
 * </ul>
 * Cases and licences are never deleted, so no stale document can remain.
 */
@Service
class HibernateSearchIndexAdmin implements SearchIndexAdmin {

	/**
	 * A rebuild is rare and runs one at a time (see the admin page): a thread of its own
	 * rather than a pool.
	 */
	private static final Executor REBUILD_THREAD = (task) -> {
		Thread thread = new Thread(task, "search-index-rebuild");
		thread.setDaemon(true);
		thread.start();
	};

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final int batchSize;

	HibernateSearchIndexAdmin(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactionManager,
			@Value("${anuyat.search.rebuild.batch-size:200}") int batchSize) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.batchSize = Math.max(1, batchSize);
	}

	@Override
	public void rebuild(Consumer<IndexProgress> progress) {
		if (!massIndexerOverwrites()) {
			updateInPlace(progress);
			return;
		}
		try {
			massIndexer(progress).startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Index rebuild interrupted", ex);
		}
	}

	@Override
	public CompletableFuture<Void> rebuildAsync(Consumer<IndexProgress> progress) {
		if (!massIndexerOverwrites()) {
			return CompletableFuture.runAsync(() -> updateInPlace(progress), REBUILD_THREAD);
		}
		return massIndexer(progress).start().toCompletableFuture().thenApply((ignored) -> null);
	}

	private SearchMapping mapping() {
		return Search.mapping(this.entityManagerFactory);
	}

	/**
	 * Whether the mass indexer's writes replace the document of the same id (see the
	 * class comment).
	 */
	private boolean massIndexerOverwrites() {
		return mapping().backend() instanceof ElasticsearchBackend;
	}

	private MassIndexer massIndexer(Consumer<IndexProgress> progress) {
		return mapping().scope(Object.class)
			.massIndexer()
			// overwrite instead of purging first, so searches keep answering during the
			// rebuild; only where an add replaces the document of its id (Elasticsearch)
			.purgeAllOnStart(false)
			.dropAndCreateSchemaOnStart(false)
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(2)
			.monitor(new ProgressMonitor(progress));
	}

	/**
	 * Re-indexes every indexed entity through the indexing plan, a batch of ids per
	 * transaction, in id order. A change an officer makes meanwhile is indexed by the
	 * automatic indexing as usual; the rebuild's copy of that entity is at most one batch
	 * old, as with the mass indexer.
	 */
	private void updateInPlace(Consumer<IndexProgress> listener) {
		Consumer<IndexProgress> progress = (listener == null) ? (p) -> {
		} : listener;
		List<Class<?>> types = new ArrayList<>();
		for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
			types.add(entity.javaClass());
		}
		long total = 0;
		for (Class<?> type : types) {
			total += count(type);
		}
		long done = 0;
		progress.accept(new IndexProgress(0, total, false));
		for (Class<?> type : types) {
			Object after = null;
			while (true) {
				Batch batch = updateBatch(type, after);
				if (batch.size() == 0) {
					break;
				}
				done += batch.size();
				// entities created while the rebuild runs are indexed too
				total = Math.max(total, done);
				progress.accept(new IndexProgress(done, total, false));
				after = batch.lastId();
			}
		}
		progress.accept(new IndexProgress(done, Math.max(total, done), true));
	}

	private long count(Class<?> type) {
		return this.transactions.execute((status) -> this.entityManager
			.createQuery("select count(e) from " + entityName(type) + " e", Long.class)
			.getSingleResult());
	}

	private Batch updateBatch(Class<?> type, Object after) {
		return this.transactions.execute((status) -> {
			String entity = entityName(type);
			String id = idName(type);
			TypedQuery<Object> next = this.entityManager.createQuery(
					"select e." + id + " from " + entity + " e"
							+ ((after == null) ? "" : " where e." + id + " > :after") + " order by e." + id,
					Object.class);
			if (after != null) {
				next.setParameter("after", after);
			}
			List<Object> ids = next.setMaxResults(this.batchSize).getResultList();
			if (ids.isEmpty()) {
				return new Batch(0, after);
			}
			// loaded read-only: nothing is dirty-checked or written back to the database
			this.entityManager.unwrap(Session.class).setDefaultReadOnly(true);
			List<?> entities = this.entityManager
				.createQuery("select e from " + entity + " e where e." + id + " in :ids", type)
				.setParameter("ids", ids)
				.getResultList();
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			for (Object loaded : entities) {
				plan.addOrUpdate(loaded);
			}
			plan.execute();
			return new Batch(entities.size(), ids.get(ids.size() - 1));
		});
	}

	private String entityName(Class<?> type) {
		return this.entityManagerFactory.getMetamodel().entity(type).getName();
	}

	private String idName(Class<?> type) {
		EntityType<?> entity = this.entityManagerFactory.getMetamodel().entity(type);
		return entity.getId(entity.getIdType().getJavaType()).getName();
	}

	private record Batch(int size, Object lastId) {

	}

	/**
	 * Turns the mass indexer's counters into {@link IndexProgress} reports, one per
	 * batch.
	 */
	static final class ProgressMonitor implements MassIndexingMonitor {

		private final Consumer<IndexProgress> progress;

		private final AtomicLong done = new AtomicLong();

		private final AtomicLong total = new AtomicLong();

		ProgressMonitor(Consumer<IndexProgress> progress) {
			this.progress = (progress == null) ? (p) -> {
			} : progress;
		}

		@Override
		public void documentsAdded(long increment) {
			long now = this.done.addAndGet(increment);
			this.progress.accept(new IndexProgress(now, this.total.get(), false));
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long increment) {
			long total = this.total.addAndGet(increment);
			this.progress.accept(new IndexProgress(this.done.get(), total, false));
		}

		@Override
		public void indexingCompleted() {
			this.progress.accept(new IndexProgress(this.done.get(), this.total.get(), true));
		}

	}

}

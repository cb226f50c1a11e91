package la.anuyat.search.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import org.springframework.stereotype.Service;

/**
 * {@link SearchIndexAdmin} with Hibernate Search's mass indexer.
 */
@Service
class HibernateSearchIndexAdmin implements SearchIndexAdmin {

	private final EntityManagerFactory entityManagerFactory;

	HibernateSearchIndexAdmin(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void rebuild(Consumer<IndexProgress> progress) {
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
		return massIndexer(progress).start().toCompletableFuture().thenApply((ignored) -> null);
	}

	private MassIndexer massIndexer(Consumer<IndexProgress> progress) {
		return Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			// overwrite instead of purging first, so searches keep answering during the
			// rebuild (nothing indexed is ever deleted from the database)
			.purgeAllOnStart(false)
			.dropAndCreateSchemaOnStart(false)
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(2)
			.monitor(new ProgressMonitor(progress));
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

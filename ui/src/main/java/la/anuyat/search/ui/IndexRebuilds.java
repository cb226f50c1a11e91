package la.anuyat.search.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one index rebuild of this application node, started from the administrator's page.
 * Kept here rather than in the page, so that an administrator who leaves the page and
 * comes back (or a second administrator) sees the rebuild that is running instead of
 * starting another.
 */
@Component
class IndexRebuilds {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

	private final SearchIndexAdmin admin;

	private final Clock clock;

	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();

	private State state = new State(new IndexProgress(0, 0, false), false, false, null, null);

	IndexRebuilds(SearchIndexAdmin admin, Clock clock) {
		this.admin = admin;
		this.clock = clock;
	}

	synchronized State state() {
		return this.state;
	}

	/**
	 * Starts a rebuild unless one is running.
	 * @return whether a rebuild was started
	 */
	boolean start() {
		synchronized (this) {
			if (this.state.running()) {
				return false;
			}
			this.state = new State(new IndexProgress(0, 0, false), true, false, this.clock.instant(), null);
		}
		publish();
		try {
			this.admin.rebuildAsync(this::progress).whenComplete((ignored, failure) -> finished(failure));
		}
		catch (RuntimeException ex) {
			finished(ex);
		}
		return true;
	}

	/**
	 * Tells the listener of every change, from the indexing threads.
	 * @return a handle to stop listening
	 */
	Runnable listen(Consumer<State> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	private void progress(IndexProgress progress) {
		synchronized (this) {
			State current = this.state;
			// reports of parallel indexing threads may arrive out of order: never go back
			if (!current.running() || progress.done() < current.progress().done()
					|| progress.total() < current.progress().total()) {
				return;
			}
			this.state = new State(progress, true, false, current.startedAt(), null);
		}
		publish();
	}

	private void finished(Throwable failure) {
		synchronized (this) {
			IndexProgress last = this.state.progress();
			this.state = new State(new IndexProgress(last.done(), last.total(), failure == null), false,
					failure != null, this.state.startedAt(), this.clock.instant());
		}
		if (failure != null) {
			log.error("Search index rebuild failed", failure);
		}
		else {
			log.info("Search index rebuilt: {} documents", this.state().progress().done());
		}
		publish();
	}

	private void publish() {
		State current = state();
		for (Consumer<State> listener : this.listeners) {
			try {
				listener.accept(current);
			}
			catch (RuntimeException ex) {
				// a page that went away must not stop the rebuild or the other pages
				log.debug("Index rebuild listener failed", ex);
			}
		}
	}

	/**
	 * Where the rebuild stands.
	 *
	 * @param progress documents indexed and to index
	 * @param running whether a rebuild is running now
	 * @param failed whether the last rebuild failed
	 * @param startedAt when the last rebuild started, null before the first
	 * @param finishedAt when it ended, null while it runs
	 */
	record State(IndexProgress progress, boolean running, boolean failed, Instant startedAt, Instant finishedAt) {

	}

}

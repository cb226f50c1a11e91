package la.anuyat.search;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Rebuilds the search indexes from the database (Hibernate Search's mass indexer), for
 * every indexed type (cases, licences). Used by the administrator's "rebuild index" page,
 * which shows the progress, and from the command line (a runner in the application module
 * calls {@link #rebuild(Consumer)} and prints the progress).
 * <p>
 * The application keeps serving while a rebuild runs: the existing documents are not
 * purged first but replaced in place, each one atomically, so searches keep finding what
 * was indexed before, and find every case and licence exactly once however often the
 * index is rebuilt. Cases and licences are never deleted, so nothing stale can remain.
 */
public interface SearchIndexAdmin {

	/**
	 * Rebuilds and waits for the end.
	 * @param progress told of the progress now and then, and once more at the end with
	 * {@link IndexProgress#finished()} true; called from indexing threads
	 */
	void rebuild(Consumer<IndexProgress> progress);

	/**
	 * Starts a rebuild and returns at once.
	 */
	CompletableFuture<Void> rebuildAsync(Consumer<IndexProgress> progress);

}

package la.anuyat.search.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexRebuildsTest {

	private final FakeIndexAdmin admin = new FakeIndexAdmin();

	private final IndexRebuilds rebuilds = new IndexRebuilds(this.admin,
			Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC));

	private final List<IndexRebuilds.State> seen = new CopyOnWriteArrayList<>();

	@Test
	void runsOneRebuildAtATimeAndTellsItsProgress() {
		this.rebuilds.listen(this.seen::add);

		assertThat(this.rebuilds.start()).isTrue();
		assertThat(this.rebuilds.start()).as("a second rebuild while one runs").isFalse();
		assertThat(this.admin.started).isEqualTo(1);

		this.admin.progress.accept(new IndexProgress(0, 40, false));
		this.admin.progress.accept(new IndexProgress(10, 40, false));
		this.admin.progress.accept(new IndexProgress(5, 40, false));
		assertThat(this.rebuilds.state().running()).isTrue();
		assertThat(this.rebuilds.state().progress().done()).as("a late report does not go back").isEqualTo(10);

		this.admin.progress.accept(new IndexProgress(40, 40, true));
		this.admin.future.complete(null);

		IndexRebuilds.State last = this.rebuilds.state();
		assertThat(last.running()).isFalse();
		assertThat(last.failed()).isFalse();
		assertThat(last.progress().fraction()).isEqualTo(1.0);
		assertThat(last.finishedAt()).isNotNull();
		assertThat(this.seen).last().isEqualTo(last);
		assertThat(this.seen).extracting((state) -> state.progress().done()).isSorted();

		assertThat(this.rebuilds.start()).as("another rebuild once the first is over").isTrue();
		assertThat(this.admin.started).isEqualTo(2);
	}

	@Test
	void saysWhenARebuildFails() {
		Runnable stop = this.rebuilds.listen(this.seen::add);
		this.rebuilds.start();
		this.admin.future.completeExceptionally(new IllegalStateException("index locked"));

		assertThat(this.rebuilds.state().running()).isFalse();
		assertThat(this.rebuilds.state().failed()).isTrue();
		int told = this.seen.size();
		stop.run();
		this.rebuilds.start();
		assertThat(this.seen).as("no news after listening stopped").hasSize(told);
	}

	private static final class FakeIndexAdmin implements SearchIndexAdmin {

		int started;

		Consumer<IndexProgress> progress;

		CompletableFuture<Void> future;

		@Override
		public void rebuild(Consumer<IndexProgress> progress) {
			throw new UnsupportedOperationException();
		}

		@Override
		public CompletableFuture<Void> rebuildAsync(Consumer<IndexProgress> progress) {
			this.started++;
			this.progress = progress;
			this.future = new CompletableFuture<>();
			return this.future;
		}

	}

}

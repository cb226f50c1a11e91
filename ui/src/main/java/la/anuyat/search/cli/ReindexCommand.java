package la.anuyat.search.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database on the command line, then stops the
 * application:
 *
 * <pre>
 * java -jar ui/target/anuyat.jar --anuyat.reindex [--spring.profiles.active=…]
 * </pre>
 *
 * With the embedded default (H2 file and Lucene index under {@code ./data}) stop the
 * running application first: both hold their files exclusively. With PostgreSQL and
 * Elasticsearch it may run next to the serving nodes (add {@code --server.port=0}).
 */
@Component
@ConditionalOnProperty("anuyat.reindex")
class ReindexCommand implements ApplicationRunner {

	private final SearchIndexAdmin admin;

	private final ConfigurableApplicationContext context;

	private final PrintStream out;

	private final IntConsumer exit;

	@Autowired
	ReindexCommand(SearchIndexAdmin admin, ConfigurableApplicationContext context) {
		this(admin, context, System.out, System::exit);
	}

	ReindexCommand(SearchIndexAdmin admin, ConfigurableApplicationContext context, PrintStream out, IntConsumer exit) {
		this.admin = admin;
		this.context = context;
		this.out = out;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.out.println("Rebuilding the search index ...");
		long started = System.nanoTime();
		this.admin.rebuild(new ProgressPrinter(this.out));
		this.out.printf("Search index rebuilt in %.1f s%n", (System.nanoTime() - started) / 1e9);
		this.exit.accept(SpringApplication.exit(this.context, () -> 0));
	}

	/**
	 * Prints a line whenever another tenth is done, and the final count; called from the
	 * indexing threads.
	 */
	static final class ProgressPrinter implements Consumer<IndexProgress> {

		private final PrintStream out;

		private int lastTenth = -1;

		ProgressPrinter(PrintStream out) {
			this.out = out;
		}

		@Override
		public synchronized void accept(IndexProgress progress) {
			if (progress.finished()) {
				this.out.printf("Done: %d documents indexed%n", progress.done());
				return;
			}
			if (progress.total() <= 0) {
				return;
			}
			int tenth = (int) (progress.fraction() * 10);
			if (tenth > this.lastTenth) {
				this.lastTenth = tenth;
				this.out.printf("%d / %d documents indexed (%d %%)%n", progress.done(), progress.total(), tenth * 10);
			}
		}

	}

}

package la.anuyat.search.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ReindexCommandTest {

	@Test
	void rebuildsPrintingTheProgressThenStopsTheApplicationWithCodeZero() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);
		List<Integer> exitCodes = new ArrayList<>();
		SearchIndexAdmin admin = new ReportingIndexAdmin(new IndexProgress(0, 200, false),
				new IndexProgress(50, 200, false), new IndexProgress(55, 200, false),
				new IndexProgress(200, 200, false), new IndexProgress(200, 200, true));

		new ReindexCommand(admin, context, new PrintStream(printed, true, StandardCharsets.UTF_8), exitCodes::add)
			.run(new DefaultApplicationArguments("--anuyat.reindex"));

		assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList())
			.contains("0 / 200 documents indexed (0 %)", "50 / 200 documents indexed (20 %)",
					"200 / 200 documents indexed (100 %)", "Done: 200 documents indexed")
			.noneMatch((line) -> line.startsWith("55 / 200"))
			.last()
			.asString()
			.startsWith("Search index rebuilt in");
		verify(context).close();
		assertThat(exitCodes).containsExactly(0);
	}

	@Test
	void isThereOnlyWhenTheCommandLineAsksForIt() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withBean(SearchIndexAdmin.class, ReportingIndexAdmin::new)
			.withUserConfiguration(ReindexCommand.class);
		runner.run((context) -> assertThat(context).doesNotHaveBean(ReindexCommand.class));
		runner.withPropertyValues("anuyat.reindex=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReindexCommand.class));
		// "--anuyat.reindex" without a value arrives as an empty value
		runner.withPropertyValues("anuyat.reindex=")
			.run((context) -> assertThat(context).hasSingleBean(ReindexCommand.class));
		runner.withPropertyValues("anuyat.reindex=true")
			.run((context) -> assertThat(context).hasSingleBean(ReindexCommand.class));
	}

	private static final class ReportingIndexAdmin implements SearchIndexAdmin {

		private final IndexProgress[] reports;

		ReportingIndexAdmin(IndexProgress... reports) {
			this.reports = reports;
		}

		@Override
		public void rebuild(Consumer<IndexProgress> progress) {
			for (IndexProgress report : this.reports) {
				progress.accept(report);
			}
		}

		@Override
		public CompletableFuture<Void> rebuildAsync(Consumer<IndexProgress> progress) {
			throw new UnsupportedOperationException();
		}

	}

}

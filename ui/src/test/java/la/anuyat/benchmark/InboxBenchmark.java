package la.anuyat.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import la.anuyat.AnuyatApplication;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.TaskFilter;
import la.anuyat.casefile.workflow.TaskPage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox benchmark: one authority (Vientiane Capital) with N open completeness checks
 * on the machine's PostgreSQL, started through the real licence application process, of
 * which every tenth is claimed by {@code officer.vte}. Then it measures, one call after
 * the other, {@link CaseWorkflow#tasksFor(Actor, TaskFilter, int, int)} (the first page
 * of 50, as the inbox grid asks; a page deep in the list; a search by case number), the
 * leadership's inbox (with its four-eyes filter), the whole unpaged list, and
 * {@code GET /api/v1/tasks?limit=50} over HTTP next to an authenticated
 * {@code GET /api/v1/licence-types} (the cost of HTTP Basic alone), and reports
 * p50/p95/p99. Prints the report and writes it to {@code <output-dir>/inbox-<tasks>.txt}.
 * <p>
 * Run by hand or by CI on demand, never by the test suite:
 *
 * <pre>
 * mvn -pl ui -am -Pbenchmark-inbox -DskipTests test -Dbenchmark.tasks=10000
 * </pre>
 *
 * Options ({@code --name=value}): {@code tasks} (10000), {@code queries} (300 measured
 * per kind), {@code warmup} (50), {@code jdbc-url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/anuyat_bench_inbox}, user {@code postgres}; the
 * database is created when missing and the tasks are kept between runs),
 * {@code output-dir} ({@code target/benchmark}).
 */
public final class InboxBenchmark {

	private static final String PROCESS_KEY = "licence-application";

	private static final String CASE_PREFIX = "BENCH-VTE-";

	private static final Actor OFFICER = new Actor("officer.vte", Role.SECTION_OFFICER, "VTE", null);

	private static final Actor LEADER = new Actor("leader.vte", Role.LEADERSHIP, "VTE", null);

	private final Map<String, String> options;

	private final List<String> report = new ArrayList<>();

	private InboxBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		for (Class<?> type : List.of(InboxBenchmark.class)) {
			type.getDeclaredClasses();
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				String value = arg.substring(arg.indexOf('=') + 1).strip();
				if (!value.isEmpty()) {
					options.put(arg.substring(2, arg.indexOf('=')), value);
				}
			}
		}
		int status = new InboxBenchmark(options).run();
		System.exit(status);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int run() throws Exception {
		int wanted = Integer.parseInt(option("tasks", "10000").replace("_", ""));
		int queries = Integer.parseInt(option("queries", "300"));
		int warmup = Integer.parseInt(option("warmup", "50"));
		String jdbcUrl = option("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/anuyat_bench_inbox");
		String user = option("db-user", "postgres");
		String password = option("db-password", "");
		Path output = Path.of(option("output-dir", "target/benchmark")).toAbsolutePath();
		Files.createDirectories(output);

		line("Anuyat inbox benchmark, " + Instant.now());
		line("  machine: %d cores, JVM %s, max heap %d MB; load average at start: %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadAverage());
		line("  database: " + jdbcUrl);
		createDatabaseIfMissing(jdbcUrl, user, password);

		Instant booting = Instant.now();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnuyatApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.run("--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + jdbcUrl,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
					"--server.port=0", "--anuyat.data-dir=" + output.resolve("inbox-data"),
					"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
					"--logging.level.la.anuyat=INFO")) {
			line("  application started in %.1f s", Duration.between(booting, Instant.now()).toMillis() / 1000.0);
			seed(context, wanted);
			analyze(context.getBean(DataSource.class));
			CaseWorkflow workflow = context.getBean(CaseWorkflow.class);
			long total = workflow.taskCount(OFFICER, TaskFilter.ALL);
			line("Open tasks offered to officer.vte: %,d (of them claimed by officer.vte: %,d)", total,
					context.getBean(TaskService.class).createTaskQuery().taskAssignee(OFFICER.username()).count());
			line("  load average before the queries: %s", loadAverage());
			line("  %-44s %6s %8s %8s %8s %8s %7s", "call", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "rows");
			String someCase = workflow.tasksFor(OFFICER, TaskFilter.ALL, (int) (total / 2), 1)
				.items()
				.get(0)
				.caseNumber();
			double firstPageP95 = measure("tasksFor(officer, first 50)", warmup, queries,
					() -> workflow.tasksFor(OFFICER, TaskFilter.ALL, 0, 50));
			measure("tasksFor(officer, 50 at offset total/2)", warmup, queries,
					() -> workflow.tasksFor(OFFICER, TaskFilter.ALL, (int) (total / 2), 50));
			measure("tasksFor(officer, case number search)", warmup, queries,
					() -> workflow.tasksFor(OFFICER, new TaskFilter(null, someCase.substring(5), false), 0, 50));
			measure("tasksFor(officer, overdue only, first 50)", warmup, queries,
					() -> workflow.tasksFor(OFFICER, new TaskFilter(null, null, true), 0, 50));
			measure("tasksFor(leader, first 50; four-eyes filter)", warmup, queries,
					() -> workflow.tasksFor(LEADER, TaskFilter.ALL, 0, 50));
			measure("tasksOfCase(officer, one case) (case view)", warmup, queries,
					() -> new TaskPage(workflow.tasksOfCase(OFFICER, someCase), 1));
			measure("tasksFor(officer) unpaged, all rows", 3, 20, () -> {
				var all = workflow.tasksFor(OFFICER);
				return new TaskPage(all, all.size());
			});
			line("  [target: p95 of the inbox page < 100 ms: %s]", (firstPageP95 < 100) ? "met" : "NOT met");

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			measureHttp(http, port, "GET /api/v1/licence-types (Basic auth only)", "/api/v1/licence-types", warmup / 2,
					queries / 3);
			measureHttp(http, port, "GET /api/v1/tasks?limit=50", "/api/v1/tasks?limit=50", warmup / 2, queries / 3);
			line("  (HTTP Basic checks a bcrypt hash on every request: the difference of the two rows is the inbox)");
			line("  load average after the queries: %s", loadAverage());
		}
		Path file = output.resolve("inbox-" + wanted + ".txt");
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file);
		return 0;
	}

	// --- data --------------------------------------------------------------------------

	/**
	 * Open completeness checks in Vientiane Capital: case rows written with JDBC, their
	 * processes started through the engine as a submission starts them (routing, the
	 * authority delegate, the due-date listener), 200 to a transaction.
	 */
	/**
	 * Fresh planner statistics before measuring: a database in service has them from
	 * autovacuum, but a cluster may run with autovacuum off, and without statistics
	 * PostgreSQL plans the 10,000-row tables as if they were empty.
	 */
	private static void analyze(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	private void seed(ConfigurableApplicationContext context, int wanted) throws SQLException {
		TaskService tasks = context.getBean(TaskService.class);
		RuntimeService runtime = context.getBean(RuntimeService.class);
		long present = tasks.createTaskQuery().processInstanceBusinessKeyLike(CASE_PREFIX + "%").count();
		if (present >= wanted) {
			line("Data: %,d benchmark tasks already open (started earlier)", present);
			return;
		}
		DataSource dataSource = context.getBean(DataSource.class);
		long companyId;
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT company_id FROM applicant_account WHERE username = 'applicant'")) {
			rows.next();
			companyId = rows.getLong(1);
		}
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		Instant started = Instant.now();
		int batch = 200;
		for (int from = (int) present; from < wanted; from += batch) {
			int to = Math.min(wanted, from + batch);
			Map<String, Long> ids = insertCases(dataSource, companyId, from, to);
			transaction.executeWithoutResult((status) -> ids.forEach((caseNumber, caseId) -> {
				Map<String, Object> variables = new LinkedHashMap<>();
				variables.put("caseId", caseId);
				variables.put("licenceType", "ICT-SOFT");
				variables.put("province", "VTE");
				variables.put("applicantUsername", "applicant");
				runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables);
			}));
			if ((to / batch) % 10 == 0 || to == wanted) {
				System.out.printf("  started %,d / %,d processes (%.0f s)%n", to, wanted,
						Duration.between(started, Instant.now()).toMillis() / 1000.0);
			}
		}
		// every tenth is claimed, so the list shows assignees' names as well
		List<Task> unclaimed = tasks.createTaskQuery()
			.processInstanceBusinessKeyLike(CASE_PREFIX + "%")
			.taskUnassigned()
			.list();
		transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < unclaimed.size(); i += 10) {
				tasks.setAssignee(unclaimed.get(i).getId(), OFFICER.username());
			}
		});
		line("Data: %,d processes started in %.0f s", wanted - present,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
	}

	private static Map<String, Long> insertCases(DataSource dataSource, long companyId, int from, int to)
			throws SQLException {
		Map<String, Long> ids = new LinkedHashMap<>();
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO case_file (version, case_number, case_type, province_code, authority_code, "
								+ "company_id, applicant_username, status, form_data, created_at, submitted_at) "
								+ "VALUES (0, ?, 'ICT-SOFT', 'VTE', 'VTE', ?, 'applicant', 'SUBMITTED', '{}', ?, ?)",
						new String[] { "id" })) {
			for (int n = from; n < to; n++) {
				insert.setString(1, CASE_PREFIX + String.format("%06d", n));
				insert.setLong(2, companyId);
				insert.setTimestamp(3, now);
				insert.setTimestamp(4, now);
				insert.addBatch();
			}
			insert.executeBatch();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				int n = from;
				while (keys.next()) {
					ids.put(CASE_PREFIX + String.format("%06d", n++), keys.getLong(1));
				}
			}
		}
		return ids;
	}

	private static void createDatabaseIfMissing(String jdbcUrl, String user, String password) throws SQLException {
		int slash = jdbcUrl.lastIndexOf('/');
		String name = jdbcUrl.substring(slash + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z][a-z0-9_]*")) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl.substring(0, slash) + "/postgres", user,
				password);
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
					}
				}
			}
		}
	}

	// --- measuring ---------------------------------------------------------------------

	private double measure(String name, int warmup, int queries, Supplier<TaskPage> call) {
		for (int i = 0; i < warmup; i++) {
			call.get();
		}
		double[] millis = new double[queries];
		long rows = 0;
		for (int i = 0; i < queries; i++) {
			long started = System.nanoTime();
			TaskPage page = call.get();
			millis[i] = (System.nanoTime() - started) / 1e6;
			rows = page.items().size();
		}
		return row(name, millis, rows);
	}

	private void measureHttp(HttpClient http, int port, String name, String path, int warmup, int queries)
			throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("officer.vte:demo".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", basic)
			.header("Accept", "application/json")
			.build();
		for (int i = 0; i < warmup; i++) {
			http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		double[] millis = new double[queries];
		int status = 0;
		for (int i = 0; i < queries; i++) {
			long started = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			millis[i] = (System.nanoTime() - started) / 1e6;
			status = response.statusCode();
		}
		row(name + " [" + status + "]", millis, -1);
	}

	private double row(String name, double[] millis, long rows) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double p95 = percentile(sorted, 95);
		line("  %-44s %6d %8.1f %8.1f %8.1f %8.1f %7s", name, sorted.length, percentile(sorted, 50), p95,
				percentile(sorted, 99), sorted[sorted.length - 1], (rows >= 0) ? Long.toString(rows) : "");
		return p95;
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception ex) {
			return "(unknown)";
		}
	}

	private void line(String format, Object... args) {
		String text = (args.length == 0) ? format : String.format(format, args);
		System.out.println(text);
		this.report.add(text);
	}

}

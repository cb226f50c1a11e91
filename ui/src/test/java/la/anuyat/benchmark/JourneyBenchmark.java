package la.anuyat.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The throughput benchmark of the whole licence journey: starts the application in a JVM
 * of its own (the built classes and runtime dependencies, profiles {@code postgres,demo},
 * Java Flight Recorder on) on a fresh PostgreSQL database of its own, runs N concurrent
 * {@link JourneyClient}s through complete journeys over the REST API (create, four
 * uploads, submit, check, study, decide, certificate) for a warm-up and then a measured
 * window, stops the application, runs {@code pgbench} (TPC-B-like, scale 10, the same
 * client count and duration) on a database of its own, and reports complete cases/s,
 * p50/p95/p99 per action, the status codes (every 5xx with its body), the ratio to
 * pgbench, the CPU used per case by the application, PostgreSQL and this harness, and
 * where the application's CPU time went ({@link FlightRecordingBreakdown}). Prints the
 * report and writes it to {@code <output-dir>/journey-<clients>.txt}.
 * <p>
 * The application runs as a separate process so that the clients (JSON, multipart bodies,
 * HTTP) neither share its heap and garbage collector nor show up in its profile, and so
 * that it runs with its own configuration rather than the tests' (an in-memory index,
 * synchronous indexing). Both still share the machine's cores, as would any load
 * generator on the same machine: the report gives the harness's own CPU use.
 * <p>
 * Never run by the test suite (its name matches no Surefire pattern). From the project
 * root, through the {@code benchmark-journey} profile of {@code ui/pom.xml}:
 *
 * <pre>
 * mvn -pl ui -am -Pbenchmark-journey -DskipTests test -Dbenchmark.clients=4 -Dbenchmark.duration=60s
 * </pre>
 *
 * Options ({@code --name=value}): {@code clients} (4), {@code duration} (measured window:
 * {@code 60s}, {@code 5m}), {@code warmup} ({@code 20s}, not measured), {@code cases}
 * (stop once that many cases are complete; 0: no limit), {@code app-heap} ({@code 2g}),
 * {@code profile} ({@code true}: Flight Recorder on the application),
 * {@code startup-timeout} ({@code 20m}; a loaded 2-core machine takes minutes),
 * {@code pgbench} ({@code true}), {@code db-host} ({@code 127.0.0.1}), {@code db-port}
 * (5432), {@code db-user} ({@code postgres}), {@code app-classes} and
 * {@code app-classpath-file} (the application's classes and its runtime class path, given
 * by the Maven profile), {@code output-dir} ({@code target/benchmark}).
 */
public final class JourneyBenchmark {

	private static final String JOURNEY_DATABASE = "anuyat_bench_journey";

	private static final String PGBENCH_DATABASE = "anuyat_bench_pgbench";

	private static final List<String> USERS = List.of("applicant", "officer.vte", "leader.vte", "deputy.vte");

	private static final String PASSWORD = "demo";

	private static final double TARGET_CASES_PER_SECOND = 12;

	private static final double TARGET_OFFICER_P95_MILLIS = 250;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, String> options;

	private final List<String> report = new ArrayList<>();

	private JourneyBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		// load the benchmark's own classes now: other builds in the same working tree may
		// recompile target/test-classes while a long run is under way
		for (Class<?> type : List.of(JourneyBenchmark.class, JourneyClient.class, JourneyWindow.class,
				ActionStatistics.class, FlightRecordingBreakdown.class, LoadSampler.class, JourneyDocuments.class)) {
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
		System.exit(new JourneyBenchmark(options).run());
	}

	/**
	 * A database in service has its planner statistics kept by autovacuum; on a cluster
	 * that runs with autovacuum off, the tables that grow from nothing during the run
	 * would be planned as empty throughout. Then this analyzes the journey database every
	 * 30 s, as autovacuum would, and says so in the report.
	 */
	private void startStatisticsKeeper(String url, String user) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show autovacuum")) {
			if (result.next() && "on".equals(result.getString(1))) {
				return;
			}
		}
		line("  autovacuum is off on this cluster: the harness analyzes the journey database every 30 s");
		ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "statistics-keeper");
			thread.setDaemon(true);
			return thread;
		});
		keeper.scheduleAtFixedRate(() -> {
			try (Connection connection = DriverManager.getConnection(url, user, "");
					Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
			catch (SQLException failed) {
				line("  analyze failed: " + failed.getMessage());
			}
		}, 30, 30, TimeUnit.SECONDS);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int run() throws Exception {
		int clients = Integer.parseInt(option("clients", "4"));
		Duration duration = duration(option("duration", "60s"));
		Duration warmup = duration(option("warmup", "20s"));
		int maxCases = Integer.parseInt(option("cases", "0"));
		boolean profile = Boolean.parseBoolean(option("profile", "true"));
		boolean pgbench = Boolean.parseBoolean(option("pgbench", "true"));
		String dbHost = option("db-host", "127.0.0.1");
		String dbPort = option("db-port", "5432");
		String dbUser = option("db-user", "postgres");
		Path output = Path.of(option("output-dir", "target/benchmark")).toAbsolutePath();
		Files.createDirectories(output);
		Path recording = output.resolve("journey-" + clients + ".jfr");
		Files.deleteIfExists(recording);

		line("Anuyat licence journey benchmark, " + Instant.now());
		line("  machine: %d cores; harness JVM %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		line("  %d clients, warm-up at least %d s and one case per client (not measured), measured window %d s%s",
				clients, warmup.toSeconds(), duration.toSeconds(),
				maxCases > 0 ? " or " + maxCases + " complete cases" : "");
		line("  uptime before: " + uptime());

		String adminUrl = "jdbc:postgresql://" + dbHost + ":" + dbPort + "/postgres";
		recreateDatabase(adminUrl, dbUser, JOURNEY_DATABASE);
		String journeyUrl = "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + JOURNEY_DATABASE;
		line("  database: %s (dropped and created)", journeyUrl);

		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String baseUrl = "http://127.0.0.1:" + port;
		Path dataDir = output.resolve("journey-data-" + clients);
		deleteRecursively(dataDir);
		List<String> command = appCommand(port, journeyUrl, dbUser, dataDir, profile ? recording : null);
		Path appLog = output.resolve("journey-" + clients + "-app.log");
		Instant booting = Instant.now();
		Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(appLog.toFile()).start();
		try {
			awaitReady(app, baseUrl, duration(option("startup-timeout", "20m")));
			line("  application: own JVM (pid %d, heap %s, %s), started in %d s; log %s", app.pid(),
					option("app-heap", "2g"), profile ? "Flight Recorder on" : "no profiling",
					Duration.between(booting, Instant.now()).toSeconds(), appLog.getFileName());
			Map<String, String> authorizations = authorizations(baseUrl);
			startStatisticsKeeper(journeyUrl, dbUser);

			Map<String, ActionStatistics> statistics = new LinkedHashMap<>();
			JourneyClient.ACTIONS.forEach((action) -> statistics.put(action, new ActionStatistics(action)));
			AtomicInteger failed = new AtomicInteger();
			AtomicInteger inboxSizeMax = new AtomicInteger();
			LoadSampler load = new LoadSampler();
			JourneyWindow window = new JourneyWindow(duration, maxCases);
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				Thread thread = new Thread(
						new JourneyClient(i, baseUrl, authorizations, statistics, window, failed, inboxSizeMax),
						"journey-client-" + i);
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
			// the warm-up lasts its duration and until every client has completed a case
			// (the
			// first requests of a cold JVM on a loaded machine take seconds), within
			// bounds
			Instant warming = Instant.now();
			Instant warmupLimit = warming.plus(warmup).plus(duration(option("warmup-limit", "10m")));
			while ((Instant.now().isBefore(warming.plus(warmup)) || window.warmupCompleted() < clients)
					&& Instant.now().isBefore(warmupLimit)) {
				Thread.sleep(200);
			}
			window.open();
			Duration warmedUp = Duration.between(warming, Instant.now());
			String uptimeAtStart = uptime();
			CpuSnapshot cpuBefore = CpuSnapshot.take(app.toHandle(), backendPids(journeyUrl, dbUser));
			DatabaseCounters dbBefore = DatabaseCounters.read(journeyUrl, dbUser);
			load.start();
			while (!window.over()) {
				Thread.sleep(200);
			}
			CpuSnapshot cpuAfter = CpuSnapshot.take(app.toHandle(), backendPids(journeyUrl, dbUser));
			DatabaseCounters dbAfter = DatabaseCounters.read(journeyUrl, dbUser);
			load.stop();
			String uptimeAtEnd = uptime();
			for (Thread thread : threads) {
				thread.join(TimeUnit.SECONDS.toMillis(90));
			}

			Duration measured = window.measured();
			int completed = window.completed();
			double casesPerSecond = completed / seconds(measured);
			line("");
			line("Journey phase (%d clients, measured %.1f s)", clients, seconds(measured));
			line("  warm-up: %.0f s, %d cases completed in it (not counted)", seconds(warmedUp),
					window.warmupCompleted());
			line("  uptime at the start of the window: " + uptimeAtStart);
			line("  uptime at its end:                 " + uptimeAtEnd);
			line("  1-minute load average during the window (every 5 s): " + load.summary());
			line("  complete cases: %d, %.2f cases/s; cases abandoned on an unexpected answer: %d", completed,
					casesPerSecond, failed.get());
			int requests = statistics.values().stream().mapToInt(ActionStatistics::count).sum();
			line("  requests: %d, %.1f requests/s; largest inbox seen: %d tasks", requests,
					requests / seconds(measured), inboxSizeMax.get());
			line("");
			line("  %-12s %7s %9s %9s %9s %9s %9s   %s", "action", "count", "mean ms", "p50 ms", "p95 ms", "p99 ms",
					"max ms", "statuses");
			for (ActionStatistics action : statistics.values()) {
				line("  %-12s %7d %9.1f %9.1f %9.1f %9.1f %9.1f   %s", action.action(), action.count(),
						action.meanMillis(), action.percentileMillis(50), action.percentileMillis(95),
						action.percentileMillis(99), action.maxMillis(), action.statuses());
			}
			line("  (inbox = GET /api/v1/tasks, one per look for a task; invoice = GET the application's invoice; pay = "
					+ "the provider's signed callback, which issues the licence; case = GET /api/v1/cases/{caseNumber} for "
					+ "the licence number; status 0 = an expected status with an unusable answer)");
			errors(statistics, appLog);
			// the work done in the window in cases, whether or not they completed inside
			// it: each
			// action's count per case (four uploads, one of every other step), averaged
			double caseEquivalents = JourneyClient.ACTIONS.stream()
				.filter((action) -> !action.equals("inbox"))
				.mapToDouble((action) -> statistics.get(action).count() / (action.equals("upload") ? 4.0 : 1.0))
				.average()
				.orElse(0);
			resources(cpuBefore, cpuAfter, dbBefore, dbAfter, completed, caseEquivalents, requests, measured);
			targets(casesPerSecond, statistics);

			stop(app);
			double pgbenchTps = pgbench ? pgbench(adminUrl, dbHost, dbPort, dbUser, clients, measured) : Double.NaN;
			if (pgbench && casesPerSecond > 0) {
				line("  ratio complete cases/s ÷ pgbench tps: %.5f (%.2f / %.0f), i.e. one case costs as much "
						+ "as %.0f TPC-B-like transactions", casesPerSecond / pgbenchTps, casesPerSecond, pgbenchTps,
						pgbenchTps / casesPerSecond);
			}
			if (profile) {
				line("");
				line("Where the application's time went (Java Flight Recorder, %s, measured window only)",
						recording.getFileName());
				if (Files.exists(recording)) {
					FlightRecordingBreakdown.of(recording, window.measureFrom(), window.measureUntil())
						.report(this::line);
				}
				else {
					line("  no recording written");
				}
			}
			line("");
			line("  uptime after: " + uptime());
		}
		finally {
			stop(app);
		}
		Path file = output.resolve("journey-" + clients + ".txt");
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file);
		return 0;
	}

	// --- the application ---------------------------------------------------------------

	private List<String> appCommand(int port, String jdbcUrl, String dbUser, Path dataDir, Path recording)
			throws IOException {
		String classes = option("app-classes", "target/classes");
		String classpathFile = option("app-classpath-file", "target/benchmark/app-classpath.txt");
		String dependencies = Files.readString(Path.of(classpathFile), StandardCharsets.UTF_8).strip();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String heap = option("app-heap", "2g");
		command.add("-Xms" + heap);
		command.add("-Xmx" + heap);
		if (recording != null) {
			command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
			command.add("-XX:FlightRecorderOptions=stackdepth=256");
		}
		command.add("-cp");
		command.add(Path.of(classes).toAbsolutePath() + File.pathSeparator + dependencies);
		command.add("la.anuyat.AnuyatApplication");
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.add("--spring.profiles.active=postgres,demo");
		command.add("--spring.datasource.url=" + jdbcUrl);
		command.add("--spring.datasource.username=" + dbUser);
		command.add("--anuyat.data-dir=" + dataDir);
		command.add("--anuyat.public-base-url=http://127.0.0.1:" + port);
		command.add("--vaadin.productionMode=true");
		return command;
	}

	/**
	 * Waits until the application has started and the demo users exist: they are created
	 * by an application runner, after the web server already answers (and after Spring
	 * Boot's "Started" line), the applicant of Luang Prabang last.
	 */
	private static void awaitReady(Process app, String baseUrl, Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!app.isAlive()) {
				throw new IllegalStateException(
						"The application stopped while starting (exit " + app.exitValue() + "); see its log");
			}
			try {
				HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cases"))
					.header("Authorization", basic("applicant2"))
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not answering yet
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The application did not start within " + timeout);
	}

	/**
	 * Bearer tokens from {@code POST /api/v1/access-tokens} (made by the administrator)
	 * where the application has them, HTTP Basic where it answers 404.
	 */
	private Map<String, String> authorizations(String baseUrl) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Map<String, String> authorizations = new LinkedHashMap<>();
		List<String> how = new ArrayList<>();
		for (String username : USERS) {
			String body = JSON.createObjectNode()
				.put("name", "benchmark")
				.put("username", username)
				.put("expiresInDays", 1)
				.toString();
			HttpResponse<String> answer = http
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/access-tokens"))
					.header("Authorization", basic("admin"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
			String token = answer.statusCode() == 201 ? JSON.readTree(answer.body()).path("token").asText("") : "";
			if (!token.isBlank()) {
				authorizations.put(username, "Bearer " + token);
				how.add(username + " Bearer token");
			}
			else {
				authorizations.put(username, basic(username));
				how.add(username + " HTTP Basic (access-tokens answered " + answer.statusCode()
						+ (answer.statusCode() == 404 ? ": no such endpoint" : ": " + abbreviate(answer.body(), 200))
						+ ")");
			}
		}
		if (authorizations.values().stream().allMatch((value) -> value.startsWith("Basic "))
				&& how.stream().allMatch((each) -> each.endsWith("answered 404: no such endpoint)"))) {
			line("  authentication: HTTP Basic for every user (POST /api/v1/access-tokens answered 404: no tokens "
					+ "in this version)");
		}
		else {
			line("  authentication: " + String.join("; ", how));
		}
		return authorizations;
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static void stop(Process app) throws InterruptedException {
		if (!app.isAlive()) {
			return;
		}
		// a normal shutdown, so that the flight recording is written (dumponexit)
		app.destroy();
		if (!app.waitFor(90, TimeUnit.SECONDS)) {
			app.destroyForcibly();
			app.waitFor(30, TimeUnit.SECONDS);
		}
	}

	// --- figures -----------------------------------------------------------------------

	private void errors(Map<String, ActionStatistics> statistics, Path appLog) throws IOException {
		int serverErrors = 0;
		List<String> details = new ArrayList<>();
		for (ActionStatistics action : statistics.values()) {
			for (Map.Entry<Integer, List<String>> bodies : action.errorBodies().entrySet()) {
				int status = bodies.getKey();
				if (status >= 500) {
					serverErrors += action.statuses().get(status);
				}
				for (String body : bodies.getValue()) {
					details.add(String.format(Locale.ROOT, "    %s %d: %s", action.action(), status,
							abbreviate(body, 600)));
				}
			}
		}
		line("");
		line("  5xx answers: %d%s", serverErrors, serverErrors == 0 ? "" : "  <- a finding");
		if (!details.isEmpty()) {
			line("  unexpected answers (first %d of each action and status):", 5);
			details.forEach(this::line);
		}
		// the application's own account of what went wrong
		Set<String> logged = new LinkedHashSet<>();
		int errorLines = 0;
		try (Stream<String> lines = Files.lines(appLog, StandardCharsets.UTF_8)) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.contains(" ERROR ") || line.startsWith("Caused by:")) {
					errorLines++;
					if (logged.size() < 10) {
						logged.add(abbreviate(line.replaceAll("^\\S+\\s+", ""), 300));
					}
				}
			}
		}
		catch (java.io.UncheckedIOException ex) {
			// a line that is not UTF-8; the count so far is enough
		}
		line("  application log: %d ERROR and 'Caused by' lines%s", errorLines, logged.isEmpty() ? "" : ", first:");
		logged.forEach((entry) -> line("    " + entry));
	}

	private void resources(CpuSnapshot before, CpuSnapshot after, DatabaseCounters dbBefore, DatabaseCounters dbAfter,
			int completed, double caseEquivalents, int requests, Duration measured) {
		double window = seconds(measured);
		double app = after.app - before.app;
		double postgres = after.postgres(before);
		double harness = after.harness - before.harness;
		double machineBusy = after.machineBusy - before.machineBusy;
		double machineAll = after.machineAll - before.machineAll;
		int cores = Runtime.getRuntime().availableProcessors();
		line("");
		line("  CPU during the window (seconds of CPU; %d cores x %.0f s = %.0f s available):", cores, window,
				cores * window);
		line("    application JVM          %7.1f s  (%.0f %% of the machine)  %s", app, 100 * app / (cores * window),
				perCase(app, completed));
		line("    PostgreSQL backends      %7.1f s  (%.0f %%)  %s", postgres, 100 * postgres / (cores * window),
				perCase(postgres, completed));
		line("    this harness             %7.1f s  (%.0f %%)  %s", harness, 100 * harness / (cores * window),
				perCase(harness, completed));
		double others = machineBusy - app - postgres - harness;
		line("    everything else          %7.1f s  (%.0f %%; other builds on the machine)", others,
				100 * others / (cores * window));
		line("    machine busy             %7.1f s  (%.0f %% of the CPU time of the window)", machineBusy,
				100 * machineBusy / Math.max(1, machineAll));
		if (completed > 0 && app > 0) {
			// what the machine would do if the journey had it to itself: the figure that
			// the
			// other load on a shared machine changes least
			line("    CPU per complete case: the application's alone would allow %.1f cases/s on %d idle cores, "
					+ "with PostgreSQL's %.1f cases/s", completed * cores / app, cores,
					completed * cores / (app + postgres));
		}
		if (caseEquivalents > 0 && app > 0) {
			line("    work done in the window: %.1f case-equivalents (each action's count per case, averaged), "
					+ "%.0f ms of application CPU and %.0f ms of PostgreSQL CPU each: %d idle cores would allow "
					+ "%.1f cases/s", caseEquivalents, 1000 * app / caseEquivalents, 1000 * postgres / caseEquivalents,
					cores, caseEquivalents * cores / (app + postgres));
		}
		if (dbBefore != null && dbAfter != null) {
			long commits = dbAfter.commits - dbBefore.commits;
			line("  PostgreSQL (pg_stat_database of %s): %d commits (%.1f per case, %.1f per request), %d rows "
					+ "inserted (%.1f per case), %d updated, %d deleted, %d rolled back; database size %d MB",
					JOURNEY_DATABASE, commits, commits / (double) Math.max(1, completed),
					commits / (double) Math.max(1, requests), dbAfter.inserted - dbBefore.inserted,
					(dbAfter.inserted - dbBefore.inserted) / (double) Math.max(1, completed),
					dbAfter.updated - dbBefore.updated, dbAfter.deleted - dbBefore.deleted,
					dbAfter.rollbacks - dbBefore.rollbacks, dbAfter.sizeBytes >> 20);
		}
	}

	private void targets(double casesPerSecond, Map<String, ActionStatistics> statistics) {
		line("");
		line("  target 12 complete cases/s on 2 cores: %s (%.2f cases/s, %.1f %% of it)",
				casesPerSecond >= TARGET_CASES_PER_SECOND ? "met" : "NOT met", casesPerSecond,
				100 * casesPerSecond / TARGET_CASES_PER_SECOND);
		List<String> officer = new ArrayList<>();
		boolean met = true;
		// the inbox and the three task completions are what officers and leaders wait for
		for (String action : List.of("inbox", "check", "study", "decide")) {
			double p95 = statistics.get(action).percentileMillis(95);
			met &= p95 < TARGET_OFFICER_P95_MILLIS;
			officer.add(String.format(Locale.ROOT, "%s %.0f ms", action, p95));
		}
		line("  target p95 of an officer action < 250 ms: %s (%s)", met ? "met" : "NOT met",
				String.join(", ", officer));
	}

	private static String perCase(double cpuSeconds, int completed) {
		return completed == 0 ? ""
				: String.format(Locale.ROOT, "%.0f ms per complete case", 1000 * cpuSeconds / completed);
	}

	// --- pgbench -----------------------------------------------------------------------

	private double pgbench(String adminUrl, String host, String port, String user, int clients, Duration duration)
			throws Exception {
		line("");
		line("pgbench (TPC-B-like, scale 10, %d clients, %d threads, %d s, database %s)", clients, clients,
				duration.toSeconds(), PGBENCH_DATABASE);
		line("  uptime before: " + uptime());
		recreateDatabase(adminUrl, user, PGBENCH_DATABASE);
		List<String> connection = List.of("-h", host, "-p", port, "-U", user);
		List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-s", "10", "-q"));
		init.addAll(connection);
		init.add(PGBENCH_DATABASE);
		String initialised = exec(init, Duration.ofMinutes(10));
		Matcher initDone = Pattern.compile("done in ([0-9.]+ s)").matcher(initialised);
		line("  initialised (pgbench -i -s 10)%s", initDone.find() ? " in " + initDone.group(1) : "");
		List<String> bench = new ArrayList<>(List.of("pgbench", "-c", String.valueOf(clients), "-j",
				String.valueOf(clients), "-T", String.valueOf(Math.max(1, duration.toSeconds()))));
		bench.addAll(connection);
		bench.add(PGBENCH_DATABASE);
		LoadSampler load = new LoadSampler();
		load.start();
		String output = exec(bench, duration.plusMinutes(5));
		load.stop();
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
		Matcher latency = Pattern.compile("latency average = ([0-9.]+ ms)").matcher(output);
		Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
		double result = tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
		line("  tps %.0f (without initial connection time), latency average %s, failed transactions %s", result,
				latency.find() ? latency.group(1) : "?", failed.find() ? failed.group(1) : "?");
		line("  1-minute load average during pgbench (every 5 s): " + load.summary());
		line("  uptime after: " + uptime());
		dropDatabase(adminUrl, user, PGBENCH_DATABASE);
		return result;
	}

	private static String exec(List<String> command, Duration timeout) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
		}
		String text = new String(output, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
		}
		return text;
	}

	// --- database ----------------------------------------------------------------------

	private static void recreateDatabase(String adminUrl, String user, String name) throws SQLException {
		dropDatabase(adminUrl, user, name);
		try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
	}

	private static void dropDatabase(String adminUrl, String user, String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	/** The PostgreSQL server processes that serve the application's connections. */
	private static List<Long> backendPids(String jdbcUrl, String user) {
		List<Long> pids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
			while (rows.next()) {
				pids.add(rows.getLong(1));
			}
		}
		catch (SQLException ex) {
			// no per-backend CPU then
		}
		return pids;
	}

	private record DatabaseCounters(long commits, long rollbacks, long inserted, long updated, long deleted,
			long sizeBytes) {

		static DatabaseCounters read(String jdbcUrl, String user) {
			try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT xact_commit, xact_rollback, tup_inserted, "
							+ "tup_updated, tup_deleted, pg_database_size(datname) FROM pg_stat_database "
							+ "WHERE datname = current_database()")) {
				row.next();
				return new DatabaseCounters(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
						row.getLong(5), row.getLong(6));
			}
			catch (SQLException ex) {
				return null;
			}
		}

	}

	/**
	 * CPU time so far of the application, this harness, the application's PostgreSQL
	 * backends and the whole machine ({@code /proc/stat}), in seconds.
	 */
	private record CpuSnapshot(double app, double harness, Map<Long, Double> backends, double machineBusy,
			double machineAll) {

		static CpuSnapshot take(ProcessHandle app, List<Long> backendPids) {
			Map<Long, Double> backends = new LinkedHashMap<>();
			for (long pid : backendPids) {
				ProcessHandle.of(pid).ifPresent((backend) -> backends.put(pid, cpu(backend)));
			}
			double busy = 0;
			double all = 0;
			try {
				String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				// user nice system idle iowait irq softirq steal
				for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
					double ticks = Double.parseDouble(fields[i]) / 100.0;
					all += ticks;
					if (i != 4 && i != 5) {
						busy += ticks;
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// not Linux: no machine figure
			}
			return new CpuSnapshot(cpu(app), cpu(ProcessHandle.current()), backends, busy, all);
		}

		/**
		 * The backends' CPU since the earlier snapshot (a backend new since then from 0).
		 */
		double postgres(CpuSnapshot before) {
			double total = 0;
			for (Map.Entry<Long, Double> backend : this.backends.entrySet()) {
				total += backend.getValue() - before.backends.getOrDefault(backend.getKey(), 0.0);
			}
			return total;
		}

		private static double cpu(ProcessHandle process) {
			return process.info().totalCpuDuration().map((cpu) -> cpu.toNanos() / 1e9).orElse(0.0);
		}

	}

	// --- helpers -----------------------------------------------------------------------

	private static String uptime() {
		try {
			Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			process.waitFor(10, TimeUnit.SECONDS);
			return text;
		}
		catch (IOException ex) {
			return LoadSampler.loadAverage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	static Duration duration(String text) {
		Matcher matcher = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?").matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a duration (60s, 5m): " + text);
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "s" : matcher.group(2);
		return switch (unit) {
			case "ms" -> Duration.ofMillis(amount);
			case "m", "min" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static String abbreviate(String text, int length) {
		String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		return flat.length() <= length ? flat : flat.substring(0, length) + "…";
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.add(text);
	}

}

package la.anuyat.benchmark;

import java.io.IOException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearch;
import la.anuyat.search.CaseSearchResult;
import la.anuyat.search.CaseSort;
import la.anuyat.search.IndexProgress;
import la.anuyat.search.SearchIndexAdmin;
import la.anuyat.search.TestElasticsearch;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search benchmark: loads N generated cases into PostgreSQL
 * ({@link CaseDataGenerator}, skipped when the database already holds them), rebuilds the
 * index as the application does ({@link SearchIndexAdmin#rebuild}: the mass indexer on
 * Elasticsearch, the in-place update on Lucene) and reports the indexing rate, then runs
 * a query mix through {@link CaseSearch} (full text with the four facets and highlights,
 * as a ministry officer and as provincial officers) and reports p50/p95/p99 latency.
 * Prints the report and writes it to {@code <output-dir>/search-<backend>-<cases>.txt}.
 * <p>
 * A benchmark run by hand or by CI on demand, never by the test suite (its name matches
 * no Surefire pattern). From the project root, through the {@code benchmark} profile of
 * {@code ui/pom.xml}:
 *
 * <pre>
 * mvn -pl ui -am -Pbenchmark -DskipTests test -Dbenchmark.cases=100000 -Dbenchmark.backend=lucene
 * </pre>
 *
 * Options ({@code --name=value}): {@code cases} (100000), {@code backend} ({@code lucene}
 * or {@code elasticsearch}), {@code queries} (500 measured), {@code warmup} (200),
 * {@code seed}, {@code jdbc-url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/anuyat_bench_<cases>}, user {@code postgres};
 * the database is created when missing), {@code es-hosts} (an Elasticsearch to use
 * instead of starting the test node), {@code output-dir} ({@code target/benchmark}).
 * {@code --backend=none} only generates and loads the data (nothing indexed, no queries),
 * e.g. to prepare a large database ahead of the measured runs.
 */
public final class SearchBenchmark {

	private static final long DEFAULT_SEED = 20261121L;

	private final Map<String, String> options;

	private final List<String> report = new ArrayList<>();

	private SearchBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		// load the benchmark's own classes now: other builds in the same working tree may
		// recompile target/test-classes while a long run is under way
		for (Class<?> type : List.of(SearchBenchmark.class, CaseDataGenerator.class, BenchmarkApplication.class)) {
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
		int status = new SearchBenchmark(options).run();
		System.exit(status);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int run() throws Exception {
		int cases = Integer.parseInt(option("cases", "100000").replace("_", ""));
		String backend = option("backend", "lucene").toLowerCase(Locale.ROOT);
		boolean loadOnly = backend.equals("none");
		if (loadOnly) {
			backend = "lucene";
		}
		if (!backend.equals("lucene") && !backend.equals("elasticsearch")) {
			throw new IllegalArgumentException("--backend must be lucene or elasticsearch, not " + backend);
		}
		int queries = Integer.parseInt(option("queries", "500"));
		int warmup = Integer.parseInt(option("warmup", "200"));
		long seed = Long.parseLong(option("seed", String.valueOf(DEFAULT_SEED)));
		String jdbcUrl = option("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/anuyat_bench_" + cases);
		String user = option("db-user", "postgres");
		String password = option("db-password", "");
		Path output = Path.of(option("output-dir", "target/benchmark")).toAbsolutePath();
		Files.createDirectories(output);

		line("Anuyat search benchmark, " + Instant.now());
		line("  machine: %d cores, JVM %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		createDatabaseIfMissing(jdbcUrl, user, password);

		List<String> properties = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.profiles.active=benchmark", "--spring.jpa.hibernate.ddl-auto=validate",
				"--spring.jpa.open-in-view=false", "--anuyat.data-dir=" + output.resolve("data"),
				"--spring.jpa.properties.hibernate.search.backend.type=" + backend,
				// a fresh, empty index for every run: indexing rate measured on an empty
				// index
				"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
				"--logging.level.root=WARN", "--logging.level.la.anuyat=INFO"));
		String backendDetail;
		if (backend.equals("lucene")) {
			Path index = output.resolve("lucene-index-" + cases);
			properties.add("--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
			properties.add("--spring.jpa.properties.hibernate.search.backend.directory.root=" + index);
			backendDetail = "Lucene 9, local-filesystem directory " + index;
		}
		else {
			String hosts = option("es-hosts", null);
			if (hosts == null) {
				Instant started = Instant.now();
				hosts = TestElasticsearch.hostAndPort();
				backendDetail = "Elasticsearch 8.19 integ-test-zip node (test node, heap 512 MB) at " + hosts
						+ ", started in " + seconds(Duration.between(started, Instant.now())) + " s";
			}
			else {
				backendDetail = "Elasticsearch at " + hosts;
			}
			properties.add("--spring.jpa.properties.hibernate.search.backend.hosts=" + hosts);
			properties.add("--spring.jpa.properties.hibernate.search.backend.version=8.19");
			properties.add("--spring.jpa.properties.hibernate.search.backend.version_check.enabled=false");
		}
		line("  backend: " + backendDetail);
		line("  database: " + jdbcUrl);

		Instant booting = Instant.now();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(properties.toArray(String[]::new))) {
			line("  application context started in %s s (Flyway, Hibernate ORM, Hibernate Search)",
					seconds(Duration.between(booting, Instant.now())));
			DataSource dataSource = context.getBean(DataSource.class);
			loadData(dataSource, cases, seed);
			if (loadOnly) {
				line("Load only (--backend=none): no indexing, no queries");
			}
			else {
				index(context.getBean(SearchIndexAdmin.class), dataSource, backend, output, cases,
						option("es-hosts", null), properties);
				query(context.getBean(CaseSearch.class), dataSource, queries, warmup, seed);
			}
		}
		Path file = output.resolve("search-" + (loadOnly ? "data" : backend) + "-" + cases + ".txt");
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file);
		return 0;
	}

	// --- data --------------------------------------------------------------------------

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

	private void loadData(DataSource dataSource, int cases, long seed) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			long present = count(connection, "SELECT COUNT(*) FROM case_file");
			if (present == cases) {
				line("Data: %,d cases already in the database (loaded earlier with the same generator)", present);
			}
			else {
				if (present > 0) {
					line("Data: %,d cases present, %,d wanted: emptying the tables", present, cases);
					try (Statement statement = connection.createStatement()) {
						statement.execute("TRUNCATE company, case_file, case_note, case_event, stored_document, "
								+ "document_content, licence, certificate, number_counter, applicant_account CASCADE");
					}
				}
				AtomicInteger lastTenth = new AtomicInteger(-1);
				CaseDataGenerator.Summary summary = new CaseDataGenerator(seed).load(connection, cases, (done) -> {
					int tenth = (int) (10L * done / cases);
					if (tenth > lastTenth.getAndSet(tenth)) {
						System.out.printf("  loaded %,d / %,d cases%n", done, cases);
					}
				});
				line("Data: generated and loaded with COPY in %s s (%,d cases/s): %,d companies, %,d cases, %,d events, "
						+ "%,d notes, %,d attachments with text, %,d licences", seconds(summary.took()),
						(long) (cases / (summary.took().toNanos() / 1e9)), summary.companies(), summary.cases(),
						summary.events(), summary.notes(), summary.documents(), summary.licences());
			}
			line("  database size: %s (case_file %s, stored_document %s)",
					text(connection, "SELECT pg_size_pretty(pg_database_size(current_database()))"),
					text(connection, "SELECT pg_size_pretty(pg_total_relation_size('case_file'))"),
					text(connection, "SELECT pg_size_pretty(pg_total_relation_size('stored_document'))"));
			line("  by province: %s",
					text(connection, "SELECT string_agg(province_code || ' ' || n, ', ' ORDER BY n DESC) FROM "
							+ "(SELECT province_code, COUNT(*) n FROM case_file GROUP BY province_code) p"));
			line("  by type: %s",
					text(connection, "SELECT string_agg(case_type || ' ' || n, ', ' ORDER BY n DESC) FROM "
							+ "(SELECT case_type, COUNT(*) n FROM case_file GROUP BY case_type) p"));
			line("  by status: %s", text(connection, "SELECT string_agg(status || ' ' || n, ', ' ORDER BY n DESC) FROM "
					+ "(SELECT status, COUNT(*) n FROM case_file GROUP BY status) p"));
		}
	}

	// --- indexing ----------------------------------------------------------------------

	private void index(SearchIndexAdmin admin, DataSource dataSource, String backend, Path output, int cases,
			String esHosts, List<String> properties) throws SQLException {
		long licences;
		try (Connection connection = dataSource.getConnection()) {
			licences = count(connection, "SELECT COUNT(*) FROM licence");
		}
		AtomicInteger lastTenth = new AtomicInteger(-1);
		long started = System.nanoTime();
		line("  load average before indexing: %s", loadAverage());
		admin.rebuild((IndexProgress progress) -> {
			int tenth = (int) (progress.fraction() * 10);
			if (!progress.finished() && progress.total() > 0 && tenth > lastTenth.getAndSet(tenth)) {
				System.out.printf("  indexed %,d / %,d entities (%.0f s)%n", progress.done(), progress.total(),
						(System.nanoTime() - started) / 1e9);
			}
		});
		double secs = (System.nanoTime() - started) / 1e9;
		line("Indexing (SearchIndexAdmin.rebuild, as the application rebuilds a serving index):");
		line("  %,d cases + %,d licences in %.1f s", cases, licences, secs);
		line("  rate: %,.0f cases/s (%,.0f entities/s)   [target >= 5,000 cases/s: %s]", cases / secs,
				(cases + licences) / secs, (cases / secs >= 5_000) ? "met" : "NOT met");
		if (backend.equals("lucene")) {
			Path index = Path.of(properties.stream()
				.filter((p) -> p.contains("directory.root="))
				.findFirst()
				.orElseThrow()
				.replaceFirst(".*directory.root=", ""));
			line("  index size on disk: %,d MB", directorySize(index) >> 20);
		}
		else {
			String hosts = properties.stream()
				.filter((p) -> p.contains("backend.hosts="))
				.findFirst()
				.orElseThrow()
				.replaceFirst(".*backend.hosts=", "")
				.split(",")[0];
			line("  indexes: %s", elasticsearchIndexes(hosts).replace("\n", "; ").strip());
		}
	}

	private static long directorySize(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((f) -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String elasticsearchIndexes(String host) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://" + host + "/_cat/indices?h=index,docs.count,store.size"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (IOException ex) {
			return "(not available: " + ex.getMessage() + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(interrupted)";
		}
	}

	// --- queries -----------------------------------------------------------------------

	private static final Actor MINISTRY = new Actor("ministry.officer", Role.MINISTRY_OFFICER, "MTC", null);

	private static final List<Actor> PROVINCIAL = List.of(new Actor("section.vte", Role.SECTION_OFFICER, "VTE", null),
			new Actor("section.svk", Role.SECTION_OFFICER, "SVK", null),
			new Actor("section.lpb", Role.SECTION_OFFICER, "LPB", null),
			new Actor("section.atp", Role.SECTION_OFFICER, "ATP", null));

	private static final List<String> LAO_WORDS = List.of("ອິນເຕີເນັດ", "ຊອບແວ", "ຄອມພິວເຕີ", "ອຸປະກອນ", "ສ້ອມແປງ",
			"ຝຶກອົບຮົມ", "ດິຈິຕອນ", "ແສງຕາເວັນ", "ໂທລະຄົມ", "ຫຼວງພະບາງ", "ສະຫວັນນະເຂດ", "ຈຳປາສັກ", "ໄຊເສດຖາ", "ປາກເຊ",
			"ນັກທ່ອງທ່ຽວ", "ທະນາຄານ", "ກັກຍຶດ", "ກ່າວເຕືອນ", "ຊີມກາດ", "ຈຳໜ່າຍ", "ໂຮງໝໍ", "ສົມພອນ", "ພົມມະວົງ");

	private static final List<String> LAO_TWO_WORDS = List.of("ບໍລິການອິນເຕີເນັດ", "ສ້ອມແປງຄອມພິວເຕີ", "ຮ້ານອິນເຕີເນັດ",
			"ທະບຽນວິສາຫະກິດ", "ຄວາມປອດໄພໄຊເບີ", "ອຸປະກອນເຄືອຂ່າຍ", "ແສງຕາເວັນ ດິຈິຕອນ", "ຈຳປາ ເທັກ", "ໂທລະສັບມືຖື",
			"ຮ້ອງທຸກ ອິນເຕີເນັດ", "ລາວ ເນັດ", "ມາດຕະຖານເຕັກນິກ");

	private static final List<String> ENGLISH = List.of("internet", "software", "repair", "cybersecurity", "fibre",
			"Champa Digital", "students", "complained", "type approval", "Vientiane", "CCTV", "Savan Telecom",
			"mobile phones", "seized", "hospitals", "Phommavong");

	private record Measured(String category, boolean ministry, double millis, long total) {

	}

	private record Planned(String category, Actor actor, CaseQuery query) {

	}

	private void query(CaseSearch search, DataSource dataSource, int queries, int warmup, long seed)
			throws SQLException {
		List<String> caseNumbers;
		List<String> licenceNumbers;
		List<String> companyNames;
		try (Connection connection = dataSource.getConnection()) {
			long max = count(connection, "SELECT MAX(id) FROM case_file");
			caseNumbers = column(connection, "SELECT case_number FROM case_file WHERE status <> 'DRAFT' AND id % "
					+ Math.max(1, max / 200) + " = 0 ORDER BY id LIMIT 200");
			licenceNumbers = column(connection, "SELECT licence_number FROM licence WHERE id % "
					+ Math.max(1, max / 200) + " = 0 ORDER BY id LIMIT 200");
			companyNames = column(connection,
					"SELECT name_lo FROM company WHERE id % " + Math.max(1, max / 600) + " = 0 ORDER BY id LIMIT 200");
		}
		SplittableRandom random = new SplittableRandom(seed + 7);
		List<Planned> plan = new ArrayList<>();
		for (int i = 0; i < warmup + queries; i++) {
			plan.add(plan(random, caseNumbers, licenceNumbers, companyNames));
		}
		line("  load average before the queries: %s", loadAverage());
		for (int i = 0; i < warmup; i++) {
			Planned p = plan.get(i);
			search.search(p.actor(), p.query());
		}
		List<Measured> measured = new ArrayList<>();
		for (int i = warmup; i < plan.size(); i++) {
			Planned p = plan.get(i);
			long started = System.nanoTime();
			CaseSearchResult result = search.search(p.actor(), p.query());
			double millis = (System.nanoTime() - started) / 1e6;
			measured.add(new Measured(p.category(), p.actor() == MINISTRY, millis, result.total()));
		}
		line("Queries: %d warm-up, then %d measured one after the other (CaseSearch.search: full text, 4 facets "
				+ "(type, status, province, year), highlights, 20 hits by relevance)", warmup, queries);
		line("  %-22s %6s %8s %8s %8s %8s %10s", "category", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"mean hits");
		row("all", measured);
		row("all, ministry officer", measured.stream().filter(Measured::ministry).toList());
		row("all, provincial", measured.stream().filter((m) -> !m.ministry()).toList());
		Map<String, List<Measured>> byCategory = new LinkedHashMap<>();
		for (String category : List.of("lao-word", "lao-two-words", "english", "company-name", "case-number",
				"licence-number", "text+filters", "browse (no text)")) {
			byCategory.put(category, new ArrayList<>());
		}
		measured.forEach((m) -> byCategory.get(m.category()).add(m));
		byCategory.forEach((category, list) -> row(category, list));
		List<Measured> fullText = measured.stream().filter((m) -> !m.category().startsWith("browse")).toList();
		double p95 = percentile(fullText, 95);
		line("  full-text queries with facets: p95 %.1f ms   [target < 50 ms: %s]", p95,
				(p95 < 50) ? "met" : "NOT met");
	}

	private static Planned plan(SplittableRandom random, List<String> caseNumbers, List<String> licenceNumbers,
			List<String> companyNames) {
		Actor actor = random.nextBoolean() ? MINISTRY : PROVINCIAL.get(random.nextInt(PROVINCIAL.size()));
		int r = random.nextInt(100);
		String category;
		String text;
		Set<String> types = null;
		Set<String> provinces = null;
		Set<Integer> years = null;
		Set<CaseStatus> statuses = null;
		if (r < 25) {
			category = "lao-word";
			text = pick(random, LAO_WORDS);
		}
		else if (r < 40) {
			category = "lao-two-words";
			text = pick(random, LAO_TWO_WORDS);
		}
		else if (r < 55) {
			category = "english";
			text = pick(random, ENGLISH);
		}
		else if (r < 65) {
			category = "company-name";
			text = pick(random, companyNames);
		}
		else if (r < 75) {
			// numbers are looked up by whoever handles the case: the sample spans all
			// authorities, so the ministry officer (a provincial officer would mostly get
			// nothing)
			category = "case-number";
			text = pick(random, caseNumbers);
			actor = MINISTRY;
		}
		else if (r < 80) {
			category = "licence-number";
			text = pick(random, licenceNumbers);
			actor = MINISTRY;
		}
		else if (r < 95) {
			category = "text+filters";
			text = pick(random, random.nextBoolean() ? LAO_WORDS : ENGLISH);
			types = Set.of(CaseDataGenerator.TYPES[3 + random.nextInt(6)]);
			years = (random.nextBoolean()) ? Set.of(2021 + random.nextInt(6)) : null;
			statuses = (random.nextInt(3) == 0) ? Set.of(CaseStatus.APPROVED) : null;
			provinces = (actor == MINISTRY && random.nextBoolean())
					? Set.of(CaseDataGenerator.PROVINCES[random.nextInt(CaseDataGenerator.PROVINCES.length)]) : null;
		}
		else {
			category = "browse (no text)";
			text = null;
		}
		return new Planned(category, actor,
				new CaseQuery(text, types, statuses, provinces, years, CaseSort.RELEVANCE, 0, CaseQuery.DEFAULT_SIZE));
	}

	private static String pick(SplittableRandom random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private void row(String label, List<Measured> measured) {
		if (measured.isEmpty()) {
			return;
		}
		line("  %-22s %6d %8.1f %8.1f %8.1f %8.1f %,10.0f", label, measured.size(), percentile(measured, 50),
				percentile(measured, 95), percentile(measured, 99), percentile(measured, 100),
				measured.stream().mapToLong(Measured::total).average().orElse(0));
	}

	/** Nearest-rank percentile. */
	private static double percentile(List<Measured> measured, int percent) {
		double[] millis = measured.stream().mapToDouble(Measured::millis).toArray();
		Arrays.sort(millis);
		int rank = (int) Math.ceil(percent / 100.0 * millis.length);
		return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
	}

	// --- helpers -----------------------------------------------------------------------

	private void line(String format, Object... args) {
		String text = (args.length == 0) ? format : String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.add(text);
	}

	/**
	 * The machine's load (1, 5, 15 minutes) from /proc/loadavg: other work on the machine
	 * skews the figures.
	 */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "(unknown)";
		}
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static List<String> column(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		if (values.isEmpty()) {
			values.add("ICT-VTE-2026-000001");
		}
		return values;
	}

}

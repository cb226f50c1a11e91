package la.anuyat.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import la.anuyat.AnuyatApplication;
import la.anuyat.spectrum.AssessmentReport;
import la.anuyat.spectrum.AssessmentRequest;
import la.anuyat.spectrum.BorderGeometry;
import la.anuyat.spectrum.SearchWindow;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The spectrum benchmark: N active assignments (50,000 by default) spread over Laos in a
 * realistic mix of bands (FM, VHF/UHF land mobile, the IMT bands, 3.5 GHz, fixed links),
 * written with JDBC into the machine's PostgreSQL, then the interference check
 * ({@link SpectrumService#assess}) for random requests of the same mix at random places
 * in Laos, and a smaller sample of {@code POST /api/v1/spectrum/assessments} over HTTP.
 * Reports p50/p95/p99, the candidates and conflicts per request, the plan PostgreSQL
 * chooses for the pre-filter (it must use an index, not scan the register) and the
 * machine's load while measuring. Prints the report and writes it to
 * {@code <output-dir>/spectrum-<assignments>.txt}.
 * <p>
 * Run by hand or by CI on demand, never by the test suite:
 *
 * <pre>
 * mvn -pl ui -am -Pbenchmark-spectrum -DskipTests test -Dbenchmark.assignments=50000
 * </pre>
 *
 * Options ({@code --name=value}): {@code assignments} (50000), {@code queries} (1000
 * measured), {@code warmup} (200), {@code jdbc-url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/anuyat_bench_spectrum}, user {@code postgres};
 * the database is created when missing and the assignments are kept between runs),
 * {@code output-dir} ({@code target/benchmark}).
 */
public final class SpectrumBenchmark {

	private static final String PREFIX = "BENCH-SPA-";

	/**
	 * The mix of the register: service, band edges (MHz), bandwidths (kHz) and emission
	 * designators, weight.
	 */
	private static final List<Band> MIX = List.of(
			new Band("BROADCASTING", 87.6, 107.9, new double[] { 200 }, new String[] { "200KF8E" }, 5, 1000, 5),
			new Band("MOBILE", 146, 174, new double[] { 12.5, 11 }, new String[] { "12K5F3E", "11K0F3E" }, 20, 25, 3),
			new Band("MOBILE", 403, 470, new double[] { 12.5, 25 }, new String[] { "12K5F3E", "25K0F3E" }, 20, 25, 3),
			new Band("MOBILE", 925, 960, new double[] { 5000 }, new String[] { "5M00G7W" }, 25, 20, 17),
			new Band("MOBILE", 1805, 1880, new double[] { 10000, 20000 }, new String[] { "10M0G7W", "20M0G7W" }, 20, 20,
					17),
			new Band("MOBILE", 2110, 2170, new double[] { 5000, 10000 }, new String[] { "5M00G7W", "10M0G7W" }, 10, 20,
					17),
			new Band("MOBILE", 2620, 2690, new double[] { 20000 }, new String[] { "20M0G7W" }, 5, 20, 17),
			new Band("MOBILE", 3300, 3600, new double[] { 100000 }, new String[] { "100MG7W" }, 3, 20, 19),
			new Band("FIXED", 7125, 7725, new double[] { 7000, 14000, 28000 },
					new String[] { "7M00G7W", "14M0G7W", "28M0G7W" }, 7, 1, 38),
			new Band("FIXED", 14500, 15350, new double[] { 14000, 28000 }, new String[] { "14M0G7W", "28M0G7W" }, 5, 1,
					40),
			new Band("FIXED", 17700, 19700, new double[] { 27500, 55000 }, new String[] { "27M5G7W", "55M0G7W" }, 5, 1,
					40));

	private final Map<String, String> options;

	private final List<String> report = new ArrayList<>();

	private SpectrumBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				String value = arg.substring(arg.indexOf('=') + 1).strip();
				if (!value.isEmpty()) {
					options.put(arg.substring(2, arg.indexOf('=')), value);
				}
			}
		}
		System.exit(new SpectrumBenchmark(options).run());
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private int run() throws Exception {
		int wanted = Integer.parseInt(option("assignments", "50000").replace("_", ""));
		int queries = Integer.parseInt(option("queries", "1000"));
		int warmup = Integer.parseInt(option("warmup", "200"));
		String jdbcUrl = option("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/anuyat_bench_spectrum");
		String user = option("db-user", "postgres");
		String password = option("db-password", "");
		Path output = Path.of(option("output-dir", "target/benchmark")).toAbsolutePath();
		Files.createDirectories(output);

		line("Anuyat spectrum benchmark, " + Instant.now());
		line("  machine: %d cores, JVM %s, max heap %d MB; load average at start: %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, LoadSampler.loadAverage());
		line("  database: " + jdbcUrl);
		createDatabaseIfMissing(jdbcUrl, user, password);

		Instant booting = Instant.now();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnuyatApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.run("--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + jdbcUrl,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
					"--server.port=0", "--anuyat.data-dir=" + output.resolve("spectrum-data"),
					"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
					"--logging.level.la.anuyat=INFO")) {
			line("  application started in %.1f s", Duration.between(booting, Instant.now()).toMillis() / 1000.0);
			DataSource dataSource = context.getBean(DataSource.class);
			BorderGeometry laos = context.getBean(BorderGeometry.class);
			seed(dataSource, laos, wanted);
			long active = count(dataSource, "SELECT count(*) FROM spectrum_assignment WHERE status = 'ACTIVE'");
			line("Active assignments in the register: %,d", active);
			SpectrumService spectrum = context.getBean(SpectrumService.class);
			Random random = new Random(7);
			List<AssessmentRequest> requests = new ArrayList<>();
			for (int i = 0; i < warmup + queries; i++) {
				requests.add(request(random, laos, i));
			}
			explain(dataSource, spectrum, requests.get(warmup));

			for (int i = 0; i < warmup; i++) {
				spectrum.assess(requests.get(i));
			}
			LoadSampler load = new LoadSampler();
			load.start();
			double[] millis = new double[queries];
			long candidates = 0;
			long conflicts = 0;
			int withConflicts = 0;
			int nearBorder = 0;
			for (int i = 0; i < queries; i++) {
				AssessmentRequest request = requests.get(warmup + i);
				long started = System.nanoTime();
				AssessmentReport answer = spectrum.assess(request);
				millis[i] = (System.nanoTime() - started) / 1e6;
				candidates += answer.candidates();
				conflicts += answer.conflicts().size();
				withConflicts += answer.conflicts().isEmpty() ? 0 : 1;
				nearBorder += answer.border().coordinationRequired() ? 1 : 0;
			}
			load.stop();
			line("  %-52s %6s %8s %8s %8s %8s", "call", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
			double p95 = row("SpectrumService.assess (random request, in Laos)", millis);
			line("  per request: %.1f candidates computed, %.1f conflicts; %d of %d requests conflict, %d need "
					+ "cross-border coordination", (double) candidates / queries, (double) conflicts / queries,
					withConflicts, queries, nearBorder);
			line("  load average while measuring: %s", load.summary());
			line("  [target: p95 of the interference check < 200 ms with 50,000 active assignments: %s]",
					(p95 < 200 && active >= 50_000) ? "met" : "NOT met");

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			measureHttp(port, requests, Math.min(50, warmup), Math.max(50, queries / 5));
			line("  (HTTP Basic checks a bcrypt hash on every request: that is most of the difference)");
			line("  load average after the queries: %s", LoadSampler.loadAverage());
		}
		Path file = output.resolve("spectrum-" + wanted + ".txt");
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file);
		return 0;
	}

	// --- data --------------------------------------------------------------------------

	private record Band(String service, double lowMhz, double highMhz, double[] bandwidthsKhz, String[] emissions,
			int weight, double powerW, double gainDbi) {
	}

	private static Band pick(Random random) {
		int total = MIX.stream().mapToInt(Band::weight).sum();
		int n = random.nextInt(total);
		for (Band band : MIX) {
			n -= band.weight();
			if (n < 0) {
				return band;
			}
		}
		return MIX.get(0);
	}

	/** A random place inside Laos: a point of its bounding box kept when inside. */
	private static double[] placeIn(Random random, BorderGeometry laos) {
		while (true) {
			double latitude = 13.9 + random.nextDouble() * (22.5 - 13.9);
			double longitude = 100.08 + random.nextDouble() * (107.7 - 100.08);
			if (laos.contains(latitude, longitude)) {
				return new double[] { latitude, longitude };
			}
		}
	}

	private void seed(DataSource dataSource, BorderGeometry laos, int wanted) throws SQLException {
		long present = count(dataSource,
				"SELECT count(*) FROM spectrum_assignment WHERE reference LIKE '" + PREFIX + "%'");
		if (present >= wanted) {
			line("Data: %,d benchmark assignments already in the register (written earlier)", present);
			analyze(dataSource);
			return;
		}
		Random random = new Random(42 + present);
		Instant started = Instant.now();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO spectrum_assignment (reference, "
						+ "station_name, service, province, latitude, longitude, site_elevation_m, antenna_height_m, "
						+ "azimuth_deg, antenna_gain_dbi, polarisation, centre_frequency_mhz, bandwidth_khz, "
						+ "emission_designator, power_w, power_dbw, receiver_threshold_dbm, service_area_radius_km, "
						+ "licensee, valid_from, valid_until, status, confidential, version) "
						+ "VALUES (?, ?, ?, 'BEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 0)")) {
			connection.setAutoCommit(false);
			for (int n = (int) present; n < wanted; n++) {
				Band band = pick(random);
				int which = random.nextInt(band.bandwidthsKhz().length);
				double bandwidth = band.bandwidthsKhz()[which];
				double[] place = placeIn(random, laos);
				// on a channel raster of the bandwidth, so co-channel neighbours exist
				double raster = bandwidth / 1000;
				int channels = (int) Math.max(1, Math.floor((band.highMhz() - band.lowMhz()) / raster));
				double centre = band.lowMhz() + raster / 2 + random.nextInt(channels) * raster;
				double power = band.powerW() * (0.5 + random.nextDouble());
				int i = 1;
				insert.setString(i++, PREFIX + String.format("%06d", n));
				insert.setString(i++, "Benchmark station " + n);
				insert.setString(i++, band.service());
				insert.setDouble(i++, place[0]);
				insert.setDouble(i++, place[1]);
				insert.setDouble(i++, 150 + random.nextInt(1500));
				insert.setDouble(i++, 10 + random.nextInt(60));
				if ("FIXED".equals(band.service())) {
					insert.setDouble(i++, random.nextInt(360));
				}
				else {
					insert.setNull(i++, java.sql.Types.DOUBLE);
				}
				insert.setDouble(i++, band.gainDbi());
				insert.setString(i++, random.nextBoolean() ? "VERTICAL" : "HORIZONTAL");
				insert.setDouble(i++, Math.round(centre * 10_000) / 10_000.0);
				insert.setDouble(i++, bandwidth);
				insert.setString(i++, band.emissions()[which]);
				insert.setDouble(i++, power);
				insert.setDouble(i++, 10 * Math.log10(power));
				insert.setDouble(i++, -100);
				insert.setDouble(i++, 5 + random.nextInt(40));
				insert.setString(i++, "Benchmark operator " + (n % 40));
				insert.setDate(i++, Date.valueOf(LocalDate.of(2025, 1, 1)));
				insert.setDate(i++, Date.valueOf(LocalDate.of(2035, 12, 31)));
				insert.setBoolean(i++, n % 50 == 0);
				insert.addBatch();
				if ((n + 1) % 1000 == 0) {
					insert.executeBatch();
					connection.commit();
				}
			}
			insert.executeBatch();
			connection.commit();
		}
		line("Data: %,d assignments written in %.1f s", wanted - present,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
		analyze(dataSource);
	}

	private static AssessmentRequest request(Random random, BorderGeometry laos, int n) {
		Band band = pick(random);
		int which = random.nextInt(band.bandwidthsKhz().length);
		double bandwidth = band.bandwidthsKhz()[which];
		double[] place = placeIn(random, laos);
		double raster = bandwidth / 1000;
		int channels = (int) Math.max(1, Math.floor((band.highMhz() - band.lowMhz()) / raster));
		double centre = band.lowMhz() + raster / 2 + random.nextInt(channels) * raster;
		return new AssessmentRequest("Benchmark request " + n, band.service(), Math.round(centre * 10_000) / 10_000.0,
				bandwidth, band.emissions()[which], place[0], place[1], 30.0, band.powerW(), null, band.gainDbi(), null,
				-100.0);
	}

	/**
	 * The plan of the pre-filter for one request, as the repository asks it: it must read
	 * an index, not the whole table.
	 */
	private void explain(DataSource dataSource, SpectrumService spectrum, AssessmentRequest request)
			throws SQLException {
		SearchWindow w = spectrum.searchWindow(request).orElseThrow();
		double[] window = { w.lowMhz(), w.highMhz(), w.south(), w.north(), w.west(), w.east() };
		double searchKm = w.searchDistanceKm();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement explain = connection
					.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM spectrum_assignment WHERE status = "
							+ "'ACTIVE' AND centre_frequency_mhz BETWEEN ? AND ? AND latitude BETWEEN ? AND ? "
							+ "AND longitude BETWEEN ? AND ?")) {
			for (int i = 0; i < 6; i++) {
				explain.setDouble(i + 1, window[i]);
			}
			line("Plan of the pre-filter for %s MHz at %.4f, %.4f (search %.0f km):", request.frequencyMhz(),
					request.latitude(), request.longitude(), searchKm);
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					line("    " + rows.getString(1));
				}
			}
		}
	}

	private static void analyze(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("analyze spectrum_assignment");
		}
	}

	private static long count(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
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

	private void measureHttp(int port, List<AssessmentRequest> requests, int warmup, int queries) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("officer.vte:demo".getBytes(StandardCharsets.UTF_8));
		double[] millis = new double[queries];
		int status = 0;
		for (int i = 0; i < warmup + queries; i++) {
			AssessmentRequest r = requests.get(i % requests.size());
			String body = String.format(Locale.ROOT,
					"{\"stationName\":\"%s\",\"service\":\"%s\",\"frequencyMhz\":%s,\"bandwidthKhz\":%s,"
							+ "\"emissionDesignator\":\"%s\",\"latitude\":%s,\"longitude\":%s,\"antennaHeightM\":30,"
							+ "\"powerW\":%s,\"antennaGainDbi\":%s,\"receiverThresholdDbm\":-100}",
					r.stationName(), r.service(), r.frequencyMhz(), r.bandwidthKhz(), r.emissionDesignator(),
					r.latitude(), r.longitude(), r.powerW(), r.antennaGainDbi());
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/spectrum/assessments"))
				.header("Authorization", basic)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long started = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (i >= warmup) {
				millis[i - warmup] = (System.nanoTime() - started) / 1e6;
			}
			status = response.statusCode();
		}
		row("POST /api/v1/spectrum/assessments [" + status + "]", millis);
	}

	private double row(String name, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double p95 = percentile(sorted, 95);
		line("  %-52s %6d %8.1f %8.1f %8.1f %8.1f", name, sorted.length, percentile(sorted, 50), p95,
				percentile(sorted, 99), sorted[sorted.length - 1]);
		return p95;
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private void line(String format, Object... args) {
		String text = (args.length == 0) ? format : String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.add(text);
	}

}

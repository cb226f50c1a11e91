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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.AnuyatApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an authenticated API request costs with a bearer access token compared with HTTP
 * Basic (one bcrypt check per request): the application is started (demo data) on the
 * machine's PostgreSQL, in a database of its own, or on an in-memory H2; an administrator
 * creates a token for {@code officer.vte}; then {@code GET /api/v1/licence-types} is
 * timed, one request at a time, with the token and with Basic. Prints and writes p50, p95
 * and p99. Never part of {@code mvn verify}:
 *
 * <pre>
 * mvn -pl ui -am -Pbenchmark-tokens -DskipTests test -Dbenchmark.requests=2000
 * </pre>
 */
public final class TokenBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TokenBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int requests = Integer.parseInt(options.getOrDefault("requests", "2000"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
		String database = options.getOrDefault("database", "postgres");
		String jdbcUrl = options.getOrDefault("jdbc-url", "");
		Path outputDir = Path.of(options.getOrDefault("output-dir", "target/benchmark"));

		SpringApplication application = new SpringApplication(AnuyatApplication.class);
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("anuyat.data-dir", "target/benchmark-data/tokens");
		properties.put("logging.level.root", "WARN");
		properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
		if ("h2".equals(database)) {
			application.setAdditionalProfiles("demo");
			properties.put("spring.datasource.url", "jdbc:h2:mem:anuyat-bench-tokens;DB_CLOSE_DELAY=-1");
		}
		else {
			String url = jdbcUrl.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/anuyat_bench_tokens" : jdbcUrl;
			recreate(url);
			application.setAdditionalProfiles("demo", "postgres");
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", options.getOrDefault("db-user", "postgres"));
			properties.put("spring.datasource.password", "");
		}
		application.setDefaultProperties(properties);
		try (ConfigurableApplicationContext context = application.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			HttpClient http = HttpClient.newHttpClient();
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString("officer.vte:demo".getBytes(StandardCharsets.UTF_8));
			String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/access-tokens"))
				.header("Authorization", admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"username\":\"officer.vte\","
						+ "\"roles\":[\"SECTION_OFFICER\"],\"expiresInDays\":30}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IllegalStateException("Token not created: " + created.statusCode() + " " + created.body());
			}
			String bearer = "Bearer " + JSON.readTree(created.body()).path("token").asText();

			time(http, base, bearer, warmup);
			time(http, base, basic, Math.min(warmup, 50));
			double[] tokenTimes = time(http, base, bearer, requests);
			double[] basicTimes = time(http, base, basic, Math.min(requests, 500));
			String report = """
					Authenticated GET /api/v1/licence-types, one request at a time, on %s
					bearer token: %d requests  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms
					HTTP Basic:   %d requests  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms
					""".formatted(database, tokenTimes.length, percentile(tokenTimes, 50), percentile(tokenTimes, 95),
					percentile(tokenTimes, 99), basicTimes.length, percentile(basicTimes, 50),
					percentile(basicTimes, 95), percentile(basicTimes, 99));
			System.out.println(report);
			Files.createDirectories(outputDir);
			Files.writeString(outputDir.resolve("tokens-" + database + ".txt"), report);
		}
	}

	private static double[] time(HttpClient http, String base, String authorization, int count)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/licence-types"))
			.header("Authorization", authorization)
			.header("Accept", "application/json")
			.GET()
			.build();
		double[] millis = new double[count];
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET answered " + response.statusCode());
			}
		}
		return millis;
	}

	private static double percentile(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	/**
	 * A fresh database for each run, so the demo data and the token are the only data.
	 */
	private static void recreate(String url) throws SQLException {
		String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, "postgres", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
				if (exists.next()) {
					statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
				}
			}
			statement.execute("CREATE DATABASE " + name);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

}

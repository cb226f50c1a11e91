package la.anuyat.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.boot.SpringApplication;

/**
 * One real Elasticsearch node per test JVM: the integ-test-zip distribution that the
 * build copies from Maven Central into {@code target/elasticsearch}, started on a free
 * loopback port. Elasticsearch refuses to run as root, so when the tests run as root the
 * node runs as {@code nobody}. Stopped when the JVM ends, after the application contexts
 * have closed; its data goes with it. {@code -Danuyat.test.elasticsearch.java-home=…}
 * runs it on another JDK than the tests'.
 */
public final class TestElasticsearch {

	/**
	 * A node starts in about half a minute on an idle machine, but takes minutes on a
	 * loaded one: the wait ends as soon as the node answers, so the limit is generous.
	 */
	private static final Duration START_TIMEOUT = Duration
		.ofSeconds(Long.getLong("anuyat.test.elasticsearch.start-timeout-seconds", 360));

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static String hostAndPort;

	private TestElasticsearch() {
	}

	/**
	 * @return {@code 127.0.0.1:PORT} of the running node, started on first use
	 */
	public static synchronized String hostAndPort() {
		if (hostAndPort == null) {
			hostAndPort = start();
		}
		return hostAndPort;
	}

	private static String start() {
		try {
			Path base = Path.of(System.getProperty("anuyat.test.elasticsearch.dir", "target/elasticsearch"))
				.toAbsolutePath();
			Path home = unpack(base.resolve("elasticsearch.zip"), base.resolve("dist"));
			deleteRunsOfEndedJvms(base);
			Path run = Files.createDirectories(base.resolve("run-" + ProcessHandle.current().pid()));
			Path data = Files.createDirectories(run.resolve("data"));
			Path logs = Files.createDirectories(run.resolve("logs"));
			Path tmp = Files.createDirectories(run.resolve("tmp"));
			int port = freePort();
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				chownToNobody(home, run);
			}
			List<String> command = new ArrayList<>();
			if (root) {
				command.addAll(List.of("runuser", "-u", "nobody", "--"));
			}
			String javaHome = System.getProperty("anuyat.test.elasticsearch.java-home",
					System.getProperty("java.home"));
			command.addAll(List.of("env", "ES_JAVA_HOME=" + javaHome, "ES_JAVA_OPTS=-Xms512m -Xmx512m",
					"ES_TMPDIR=" + tmp, home.resolve("bin/elasticsearch").toString(), "-E",
					"discovery.type=single-node", "-E", "network.host=127.0.0.1", "-E", "http.port=" + port, "-E",
					"transport.port=0", "-E", "xpack.security.enabled=false", "-E", "path.data=" + data, "-E",
					"path.logs=" + logs, "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
			// not "ingest.geoip.downloader.enabled": the integ-test-zip distribution has
			// no geoip module and refuses to start on a setting it does not know
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			awaitStarted(process, run.resolve("console.log"));
			// stopped only after the cached application contexts have closed (Spring Boot
			// runs its shutdown handlers after closing them), so that their last index
			// work still finds the node; a node that failed to start keeps its logs
			SpringApplication.getShutdownHandlers().add(() -> stop(process, run));
			return "127.0.0.1:" + port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test Elasticsearch node", ex);
		}
	}

	/**
	 * Reads the node's console until it says it has started; the console is copied to a
	 * file so that a failed start can be diagnosed.
	 */
	private static void awaitStarted(Process process, Path console) {
		CompletableFuture<Void> started = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					var out = Files.newBufferedWriter(console, StandardCharsets.UTF_8)) {
				String line;
				while ((line = lines.readLine()) != null) {
					out.write(line);
					out.newLine();
					out.flush();
					if (line.contains("\"started\"") || line.contains("] started")) {
						started.complete(null);
					}
				}
				started.completeExceptionally(
						new IllegalStateException("Elasticsearch stopped during start-up; see " + console));
			}
			catch (IOException ex) {
				started.completeExceptionally(ex);
			}
		}, "test-elasticsearch-console");
		reader.setDaemon(true);
		reader.start();
		try {
			started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Elasticsearch started", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			stop(process, null);
			throw new IllegalStateException("Elasticsearch did not start within " + START_TIMEOUT + "; see " + console,
					ex);
		}
	}

	/**
	 * Asks the node to stop (SIGTERM to the launcher and the server), waits for it so
	 * that no node outlives the test run, and deletes its data.
	 */
	private static void stop(Process process, Path run) {
		List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
		processes.add(process.toHandle());
		processes.forEach(ProcessHandle::destroy);
		Instant deadline = Instant.now().plus(STOP_TIMEOUT);
		for (ProcessHandle handle : processes) {
			try {
				handle.onExit()
					.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				handle.destroyForcibly();
			}
		}
		if (run != null) {
			deleteQuietly(run);
		}
	}

	/**
	 * The data of nodes whose test JVM was killed before it could stop them.
	 */
	private static void deleteRunsOfEndedJvms(Path base) throws IOException {
		if (!Files.isDirectory(base)) {
			return;
		}
		try (var entries = Files.list(base)) {
			for (Path run : entries.filter((path) -> path.getFileName().toString().startsWith("run-")).toList()) {
				String pid = run.getFileName().toString().substring("run-".length());
				boolean alive = pid.chars().allMatch(Character::isDigit)
						&& ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
				if (!alive) {
					deleteQuietly(run);
				}
			}
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// left for the next run
		}
	}

	private static Path unpack(Path zip, Path target) throws IOException {
		if (!Files.isRegularFile(zip)) {
			throw new IllegalStateException(
					zip + " is missing: the build copies it from Maven Central " + "(run the tests through Maven)");
		}
		Path marker = target.resolve(".unpacked");
		if (!Files.exists(marker)) {
			unzip(zip, target);
			Files.writeString(marker, Instant.now().toString());
		}
		try (var entries = Files.list(target)) {
			return entries.filter(Files::isDirectory)
				.filter((dir) -> Files.exists(dir.resolve("bin/elasticsearch")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No Elasticsearch home in " + target));
		}
	}

	private static void unzip(Path zip, Path target) throws IOException {
		Files.createDirectories(target);
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = entries.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(entries, path, StandardCopyOption.REPLACE_EXISTING);
					if (path.getParent().getFileName().toString().equals("bin")) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static void chownToNobody(Path... paths) throws IOException {
		for (Path path : paths) {
			run("chown", "-R", "nobody", path.toString());
		}
	}

	private static void run(String... command) throws IOException {
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IOException("Command failed: " + String.join(" ", command));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted: " + String.join(" ", command), ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package la.anuyat.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's CPU time went during the measured window, from its Java Flight
 * Recorder file: the execution samples ({@code jdk.ExecutionSample}) attributed to an
 * area (bcrypt, PDF, Tika, Camunda, indexing, JDBC…) by the first frame from the top of
 * the stack that belongs to one, so that JDK frames (collections, strings, zip) count for
 * the library that called them; the same areas inclusively (anywhere on the stack); the
 * REST endpoint each request thread's sample belongs to; the hottest methods; garbage
 * collection pauses, CPU load and where request threads waited.
 * <p>
 * The same figures by hand: {@code jfr summary <file>} and
 * {@code jfr print --events jdk.ExecutionSample <file>}.
 */
final class FlightRecordingBreakdown {

	/**
	 * Areas by class-name prefix, most specific first (bcrypt before the rest of Spring).
	 */
	private static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

	static {
		AREAS.put("bcrypt (password check on every Basic request)",
				List.of("org.springframework.security.crypto.bcrypt."));
		AREAS.put("PDF certificate: rendering, Lao shaping, signing (PDFBox, Bouncy Castle, ZXing)",
				List.of("org.apache.pdfbox.", "org.apache.fontbox.", "org.bouncycastle.", "com.google.zxing.",
						"la.anuyat.licence.internal."));
		AREAS.put("Tika: content detection and text extraction (incl. POI)",
				List.of("org.apache.tika.", "org.apache.poi.", "org.apache.xmlbeans.", "org.apache.commons.compress."));
		AREAS.put("indexing and search (Hibernate Search, Lucene)",
				List.of("org.hibernate.search.", "org.apache.lucene."));
		AREAS.put("Lao word breaks (ICU4J)", List.of("com.ibm.icu."));
		AREAS.put("Camunda engine (incl. MyBatis)", List.of("org.camunda.", "org.apache.ibatis."));
		AREAS.put("JDBC: PostgreSQL driver, H2, Hikari", List.of("org.postgresql.", "org.h2.", "com.zaxxer.hikari."));
		AREAS.put("Hibernate ORM", List.of("org.hibernate."));
		AREAS.put("Flyway", List.of("org.flywaydb."));
		AREAS.put("Jackson (JSON)", List.of("com.fasterxml.jackson."));
		AREAS.put("Vaadin", List.of("com.vaadin."));
		AREAS.put("Tomcat (HTTP, multipart)", List.of("org.apache.catalina.", "org.apache.coyote.",
				"org.apache.tomcat.", "org.apache.commons.fileupload."));
		AREAS.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
		AREAS.put("Spring (web, security filters, transactions, proxies)", List.of("org.springframework."));
		AREAS.put("Anuyat (other)", List.of("la.anuyat."));
	}

	private static final String OTHER = "JDK and other libraries (no frame of a known area)";

	private final Instant from;

	private final Instant until;

	private int samples;

	private final Map<String, Integer> byArea = new HashMap<>();

	private final Map<String, Integer> inclusive = new HashMap<>();

	private final Map<String, Integer> byEndpoint = new HashMap<>();

	private final Map<String, Integer> byThread = new HashMap<>();

	private final Map<String, Integer> topFrames = new HashMap<>();

	private final Map<String, Integer> anuyatFrames = new HashMap<>();

	private final Map<String, Integer> otherTopPackages = new HashMap<>();

	private final Map<String, Duration> requestWaits = new HashMap<>();

	private final Map<String, Duration> monitors = new HashMap<>();

	private final Map<String, Duration> databaseWaits = new HashMap<>();

	private Duration gcPauses = Duration.ZERO;

	private int gcCount;

	private double cpuJvmSum;

	private double cpuMachineSum;

	private int cpuCount;

	private FlightRecordingBreakdown(Instant from, Instant until) {
		this.from = from;
		this.until = until;
	}

	/**
	 * Reads the recording's events between the two instants.
	 */
	static FlightRecordingBreakdown of(Path recording, Instant from, Instant until) throws IOException {
		FlightRecordingBreakdown breakdown = new FlightRecordingBreakdown(from, until);
		try (RecordingFile file = new RecordingFile(recording)) {
			while (file.hasMoreEvents()) {
				breakdown.accept(file.readEvent());
			}
		}
		return breakdown;
	}

	private void accept(RecordedEvent event) {
		if (event.getStartTime().isBefore(this.from) || event.getStartTime().isAfter(this.until)) {
			return;
		}
		switch (event.getEventType().getName()) {
			case "jdk.ExecutionSample" -> sample(event);
			case "jdk.GarbageCollection" -> {
				this.gcCount++;
				this.gcPauses = this.gcPauses.plus(event.getDuration("sumOfPauses"));
			}
			case "jdk.CPULoad" -> {
				this.cpuJvmSum += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
				this.cpuMachineSum += event.getFloat("machineTotal");
				this.cpuCount++;
			}
			case "jdk.ThreadPark" -> requestWait(event, this.requestWaits);
			case "jdk.SocketRead" -> databaseWait(event);
			case "jdk.JavaMonitorEnter" -> {
				RecordedThread thread = event.getThread("eventThread");
				if (thread != null && isRequestThread(thread)) {
					String monitor = event.getClass("monitorClass") == null ? "?"
							: event.getClass("monitorClass").getName();
					this.monitors.merge(monitor + " (at " + firstNonJdkFrame(event.getStackTrace()) + ")",
							event.getDuration(), Duration::plus);
				}
			}
			default -> {
			}
		}
	}

	private void sample(RecordedEvent event) {
		RecordedStackTrace stack = event.getStackTrace();
		if (stack == null || stack.getFrames().isEmpty()) {
			return;
		}
		this.samples++;
		List<RecordedFrame> frames = stack.getFrames();
		String area = null;
		Set<String> seen = new HashSet<>();
		String endpoint = null;
		String anuyat = null;
		for (RecordedFrame frame : frames) {
			String type = typeName(frame);
			String frameArea = areaOf(type);
			if (frameArea != null) {
				seen.add(frameArea);
				if (area == null) {
					area = frameArea;
				}
			}
			if (type.startsWith("la.anuyat.")) {
				if (anuyat == null) {
					anuyat = type + "." + frame.getMethod().getName();
				}
				if (endpoint == null && type.contains(".api.") && type.endsWith("Controller")) {
					endpoint = simpleName(type) + "." + frame.getMethod().getName();
				}
			}
		}
		this.byArea.merge(area == null ? OTHER : area, 1, Integer::sum);
		if (area == null) {
			this.otherTopPackages.merge(packageOf(typeName(frames.get(0))), 1, Integer::sum);
		}
		for (String each : seen) {
			this.inclusive.merge(each, 1, Integer::sum);
		}
		RecordedThread thread = event.getThread("sampledThread");
		String threadGroup = thread == null ? "?" : threadGroup(thread);
		this.byThread.merge(threadGroup, 1, Integer::sum);
		if (thread != null && isRequestThread(thread)) {
			this.byEndpoint.merge(
					endpoint == null ? "(before or after a controller: filters, authentication, Tomcat)" : endpoint, 1,
					Integer::sum);
		}
		RecordedFrame top = frames.get(0);
		this.topFrames.merge(typeName(top) + "." + top.getMethod().getName(), 1, Integer::sum);
		if (anuyat != null) {
			this.anuyatFrames.merge(anuyat, 1, Integer::sum);
		}
	}

	private void requestWait(RecordedEvent event, Map<String, Duration> waits) {
		RecordedThread thread = event.getThread("eventThread");
		if (thread == null || !isRequestThread(thread)) {
			return;
		}
		String frame = firstNonJdkFrame(event.getStackTrace());
		// an idle request thread waits for the next request: not a wait of a request
		if (!frame.startsWith("org.apache.tomcat.util.threads.TaskQueue.")) {
			waits.merge(frame, event.getDuration(), Duration::plus);
		}
	}

	/**
	 * A request thread waiting for PostgreSQL's answer (a slow statement or a row lock),
	 * by the innermost Anuyat method that asked.
	 */
	private void databaseWait(RecordedEvent event) {
		RecordedThread thread = event.getThread("eventThread");
		RecordedStackTrace stack = event.getStackTrace();
		if (thread == null || !isRequestThread(thread) || stack == null) {
			return;
		}
		boolean jdbc = false;
		for (RecordedFrame frame : stack.getFrames()) {
			String type = typeName(frame);
			jdbc |= type.startsWith("org.postgresql.");
			if (jdbc && type.startsWith("la.anuyat.")) {
				this.databaseWaits.merge(type + "." + frame.getMethod().getName(), event.getDuration(), Duration::plus);
				return;
			}
		}
		if (jdbc) {
			this.databaseWaits.merge("(outside Anuyat code: " + firstNonJdkFrame(stack) + ")", event.getDuration(),
					Duration::plus);
		}
	}

	private static String firstNonJdkFrame(RecordedStackTrace stack) {
		if (stack == null) {
			return "?";
		}
		for (RecordedFrame frame : stack.getFrames()) {
			String type = typeName(frame);
			if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
				return type + "." + frame.getMethod().getName();
			}
		}
		return "?";
	}

	private static boolean isRequestThread(RecordedThread thread) {
		String name = thread.getJavaName();
		return name != null && name.startsWith("http-nio-");
	}

	private static String threadGroup(RecordedThread thread) {
		String name = thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
		return name == null ? "?" : name.replaceAll("\\d+", "N");
	}

	private static String areaOf(String type) {
		for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
			for (String prefix : area.getValue()) {
				if (type.startsWith(prefix)) {
					return area.getKey();
				}
			}
		}
		return null;
	}

	private static String typeName(RecordedFrame frame) {
		return frame.getMethod() == null || frame.getMethod().getType() == null ? "?"
				: frame.getMethod().getType().getName();
	}

	private static String packageOf(String type) {
		int dot = type.lastIndexOf('.');
		return dot < 0 ? type : type.substring(0, dot);
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	int samples() {
		return this.samples;
	}

	/**
	 * The share of the samples in an area (first area frame from the top), in percent.
	 */
	double percentOf(String areaStartingWith) {
		return this.byArea.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(areaStartingWith))
			.mapToInt(Map.Entry::getValue)
			.sum() * 100.0 / Math.max(1, this.samples);
	}

	/**
	 * The report's lines.
	 */
	void report(Consumer<String> line) {
		line.accept(String.format(Locale.ROOT, "  %d execution samples of the application JVM in the window",
				this.samples));
		if (this.cpuCount > 0) {
			line.accept(String.format(Locale.ROOT,
					"  CPU load (jdk.CPULoad, mean of %d readings): application JVM %.0f %%, whole machine %.0f %% "
							+ "(of all cores)",
					this.cpuCount, 100 * this.cpuJvmSum / this.cpuCount, 100 * this.cpuMachineSum / this.cpuCount));
		}
		line.accept(String.format(Locale.ROOT, "  garbage collections: %d, pauses %d ms in total", this.gcCount,
				this.gcPauses.toMillis()));
		line.accept("  by area (first frame from the top of the stack that belongs to an area):");
		sorted(this.byArea, 20).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  by area, inclusive (the area anywhere on the stack):");
		sorted(this.inclusive, 20).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  top packages of the samples outside every area:");
		sorted(this.otherTopPackages, 8).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  request threads by REST endpoint (controller method on the stack):");
		sorted(this.byEndpoint, 15).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  by thread:");
		sorted(this.byThread, 8).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  hottest methods (top frame):");
		sorted(this.topFrames, 15).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  innermost Anuyat method on the stack:");
		sorted(this.anuyatFrames, 15).forEach((name, count) -> line.accept(percent(count) + name));
		line.accept("  request threads parked while serving (jdk.ThreadPark >= 10 ms, total), by first non-JDK frame:");
		sortedDurations(this.requestWaits, 8).forEach((name, total) -> line
			.accept(String.format(Locale.ROOT, "    %8.1f s  %s", total.toMillis() / 1000.0, name)));
		line.accept("  request threads waiting for PostgreSQL (jdk.SocketRead >= 10 ms, total), by the innermost "
				+ "Anuyat method:");
		sortedDurations(this.databaseWaits, 8).forEach((name, total) -> line
			.accept(String.format(Locale.ROOT, "    %8.1f s  %s", total.toMillis() / 1000.0, name)));
		line.accept("  request threads blocked on a monitor (jdk.JavaMonitorEnter >= 10 ms, total):");
		sortedDurations(this.monitors, 5).forEach((name, total) -> line
			.accept(String.format(Locale.ROOT, "    %8.1f s  %s", total.toMillis() / 1000.0, name)));
	}

	private String percent(int count) {
		return String.format(Locale.ROOT, "    %5.1f %%  ", count * 100.0 / Math.max(1, this.samples));
	}

	private static Map<String, Integer> sorted(Map<String, Integer> counts, int limit) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private static Map<String, Duration> sortedDurations(Map<String, Duration> durations, int limit) {
		Map<String, Duration> sorted = new LinkedHashMap<>();
		new ArrayList<>(durations.entrySet()).stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.limit(limit)
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

}

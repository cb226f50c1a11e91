package la.anuyat.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the journey benchmark measured of one action (create, upload, inbox…): the latency
 * of every request of the measured window and the answers' status codes. Thread-safe: the
 * clients record into one instance per action.
 */
final class ActionStatistics {

	/** Keeps only the first few bodies of each error status, enough to read the cause. */
	private static final int BODIES_PER_STATUS = 5;

	private final String action;

	private final List<Long> nanos = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final Map<Integer, List<String>> errorBodies = new LinkedHashMap<>();

	ActionStatistics(String action) {
		this.action = action;
	}

	String action() {
		return this.action;
	}

	synchronized void record(long elapsedNanos, int status, boolean error, String body) {
		this.nanos.add(elapsedNanos);
		this.statuses.merge(status, 1, Integer::sum);
		if (error) {
			List<String> bodies = this.errorBodies.computeIfAbsent(status, (key) -> new ArrayList<>());
			if (bodies.size() < BODIES_PER_STATUS) {
				bodies.add(body);
			}
		}
	}

	/**
	 * An answer with the expected status that still ends the case (a task missing from
	 * the inbox, a case not approved), counted under status 0 without a latency.
	 */
	synchronized void recordProblem(String reason) {
		this.statuses.merge(0, 1, Integer::sum);
		List<String> reasons = this.errorBodies.computeIfAbsent(0, (key) -> new ArrayList<>());
		if (reasons.size() < BODIES_PER_STATUS) {
			reasons.add(reason);
		}
	}

	synchronized int count() {
		return this.nanos.size();
	}

	synchronized Map<Integer, Integer> statuses() {
		return new TreeMap<>(this.statuses);
	}

	synchronized Map<Integer, List<String>> errorBodies() {
		return new LinkedHashMap<>(this.errorBodies);
	}

	/**
	 * Latency percentile in milliseconds (nearest rank), or NaN without requests.
	 */
	synchronized double percentileMillis(double percentile) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = this.nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	synchronized double meanMillis() {
		return this.nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
	}

	synchronized double maxMillis() {
		return this.nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
	}

}

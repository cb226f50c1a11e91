package la.anuyat.complaint.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles complaints filed without a key or an account, per remote address: at most
 * {@code anuyat.complaints.throttle.max-per-window} within
 * {@code anuyat.complaints.throttle.window}. A flood from one address is refused before
 * anything is read into the domain, so it stores nothing. Kept in this node's memory:
 * with several nodes behind a load balancer each node counts its own share, which still
 * bounds a flood.
 */
@Component
public class IntakeThrottle {

	private final int maxPerWindow;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	IntakeThrottle(@Value("${anuyat.complaints.throttle.max-per-window:5}") int maxPerWindow,
			@Value("${anuyat.complaints.throttle.window:PT10M}") Duration window, Clock clock) {
		this.maxPerWindow = maxPerWindow;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts one attempt from the address through one way in (the web form and its API,
	 * or Open311), each with its own count.
	 * @return zero when it may go ahead, otherwise the seconds until it may
	 */
	public long tryAcquire(String way, String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.window);
		Deque<Instant> seen = this.attempts.computeIfAbsent(way + " " + address, (key) -> new ArrayDeque<>());
		synchronized (seen) {
			while (!seen.isEmpty() && !seen.peekFirst().isAfter(since)) {
				seen.pollFirst();
			}
			if (seen.size() >= this.maxPerWindow) {
				return Math.max(1, Duration.between(now, seen.peekFirst().plus(this.window)).toSeconds());
			}
			seen.addLast(now);
			if (this.attempts.size() > 100_000) {
				// addresses that went quiet are dropped rather than kept for ever
				this.attempts.entrySet().removeIf((entry) -> entry.getValue().isEmpty());
			}
			return 0;
		}
	}

}

package la.anuyat.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time line of a journey run: a warm-up (requests not measured, so that the JIT and
 * the caches settle), then the measured window, opened by {@link #open()}, which ends
 * after its duration or, when a case count is given, once that many cases are complete,
 * whichever comes first.
 */
final class JourneyWindow {

	private final Duration duration;

	private final int maxCases;

	private final AtomicInteger warmupCompleted = new AtomicInteger();

	private final AtomicInteger completed = new AtomicInteger();

	/** When the window opened (System.nanoTime), 0 before. */
	private final AtomicLong openedNanos = new AtomicLong();

	/** When the window closed early, because the case count was reached; else 0. */
	private final AtomicLong closedEarlyNanos = new AtomicLong();

	private volatile Instant measureFrom;

	JourneyWindow(Duration duration, int maxCases) {
		this.duration = duration;
		this.maxCases = maxCases;
	}

	/** Ends the warm-up: from now on requests and completed cases are measured. */
	void open() {
		this.measureFrom = Instant.now();
		this.openedNanos.set(System.nanoTime());
	}

	boolean measuring() {
		return this.openedNanos.get() != 0 && !over();
	}

	boolean over() {
		long opened = this.openedNanos.get();
		return opened != 0
				&& (System.nanoTime() - opened >= this.duration.toNanos() || this.closedEarlyNanos.get() != 0);
	}

	/**
	 * Counts a case completed now: in the warm-up or in the open window.
	 */
	void countCompletion() {
		if (this.openedNanos.get() == 0) {
			this.warmupCompleted.incrementAndGet();
			return;
		}
		if (!measuring()) {
			return;
		}
		int count = this.completed.incrementAndGet();
		if (this.maxCases > 0 && count >= this.maxCases) {
			this.closedEarlyNanos.compareAndSet(0, System.nanoTime());
		}
	}

	int warmupCompleted() {
		return this.warmupCompleted.get();
	}

	int completed() {
		return this.completed.get();
	}

	/** The instant the measured window opened (after the warm-up), for the profile. */
	Instant measureFrom() {
		return this.measureFrom;
	}

	/** The measured window's length, once it is over. */
	Duration measured() {
		long end = this.closedEarlyNanos.get() != 0 ? this.closedEarlyNanos.get()
				: this.openedNanos.get() + this.duration.toNanos();
		return Duration.ofNanos(end - this.openedNanos.get());
	}

	Instant measureUntil() {
		return this.measureFrom.plus(measured());
	}

}

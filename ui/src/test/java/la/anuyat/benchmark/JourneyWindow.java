package la.anuyat.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time line of a journey run: a warm-up (requests not measured, so that the JIT and
 * the caches settle), then the measured window, which ends after its duration or, when a
 * case count is given, once that many cases are complete, whichever comes first.
 */
final class JourneyWindow {

	private final long startNanos;

	private final long measureFromNanos;

	private final long measureUntilNanos;

	private final int maxCases;

	private final AtomicInteger completed = new AtomicInteger();

	/** When the window closed early, because the case count was reached; else 0. */
	private final AtomicLong closedEarlyNanos = new AtomicLong();

	private final Instant measureFrom;

	JourneyWindow(Duration warmup, Duration duration, int maxCases) {
		this.startNanos = System.nanoTime();
		this.measureFromNanos = this.startNanos + warmup.toNanos();
		this.measureUntilNanos = this.measureFromNanos + duration.toNanos();
		this.maxCases = maxCases;
		this.measureFrom = Instant.now().plus(warmup);
	}

	boolean measuring() {
		long now = System.nanoTime();
		return now >= this.measureFromNanos && !over(now);
	}

	boolean over() {
		return over(System.nanoTime());
	}

	private boolean over(long now) {
		return now >= this.measureUntilNanos || this.closedEarlyNanos.get() != 0;
	}

	/**
	 * Counts a case completed now if the window is open.
	 */
	void countCompletion() {
		if (!measuring()) {
			return;
		}
		int count = this.completed.incrementAndGet();
		if (this.maxCases > 0 && count >= this.maxCases) {
			this.closedEarlyNanos.compareAndSet(0, System.nanoTime());
		}
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
		long end = this.closedEarlyNanos.get() != 0 ? this.closedEarlyNanos.get() : this.measureUntilNanos;
		return Duration.ofNanos(end - this.measureFromNanos);
	}

	Instant measureUntil() {
		return this.measureFrom.plus(measured());
	}

	/** Sleeps until the warm-up is over, in bounded steps. */
	void awaitMeasuring() throws InterruptedException {
		while (System.nanoTime() < this.measureFromNanos) {
			Thread.sleep(Math.max(1, Math.min(1000, (this.measureFromNanos - System.nanoTime()) / 1_000_000)));
		}
	}

}

package la.anuyat.access.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are throttled ({@code anuyat.login-throttle.*}): per account and per
 * client address, a number of free failures, then delays that double from
 * {@code backoff-initial} up to {@code backoff-max}, and from {@code lock-after} failures
 * a lock of {@code lock-duration}. Counts are forgotten {@code forget-after} the last
 * failure, and an account's count on its next successful login.
 */
@ConfigurationProperties("anuyat.login-throttle")
record LoginThrottleSettings(boolean enabled, Limits account, Limits address, Duration backoffInitial,
		Duration backoffMax, Duration lockDuration, Duration forgetAfter) {

	/**
	 * Until when an account or address with this many failures must wait, or {@code null}
	 * when it need not.
	 */
	Instant waitUntil(int failures, Limits limits, Instant lastFailure) {
		if (failures >= limits.lockAfter()) {
			return lastFailure.plus(this.lockDuration);
		}
		if (failures >= limits.freeFailures()) {
			int doublings = Math.min(failures - limits.freeFailures(), 30);
			Duration delay = this.backoffInitial.multipliedBy(1L << doublings);
			return lastFailure.plus((delay.compareTo(this.backoffMax) > 0) ? this.backoffMax : delay);
		}
		return null;
	}

	/**
	 * @param freeFailures failures that cost nothing but the failure
	 * @param lockAfter failures that lock for {@code lock-duration}
	 */
	record Limits(int freeFailures, int lockAfter) {
	}

}

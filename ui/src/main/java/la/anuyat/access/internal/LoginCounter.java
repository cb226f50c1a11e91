package la.anuyat.access.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins of one account ({@code account:<user name>}) or from one client address
 * ({@code address:<ip>}), and until when it must wait.
 */
@Entity
@Table(name = "login_throttle")
class LoginCounter {

	@Id
	@Column(name = "throttle_key")
	private String key;

	@Column(name = "failures", nullable = false)
	private int failures;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginCounter() {
	}

	LoginCounter(String key, Instant now) {
		this.key = key;
		this.lastFailureAt = now;
	}

	/**
	 * Counts one more failure (starting afresh when the last one is older than
	 * {@code forgetAfter}) and sets the wait.
	 */
	void fail(Instant now, LoginThrottleSettings settings, LoginThrottleSettings.Limits limits) {
		if (now.isAfter(this.lastFailureAt.plus(settings.forgetAfter()))) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailureAt = now;
		this.lockedUntil = settings.waitUntil(this.failures, limits, now);
	}

	/** How long it still must wait, if at all. */
	Duration waitFrom(Instant now) {
		return (this.lockedUntil != null && this.lockedUntil.isAfter(now)) ? Duration.between(now, this.lockedUntil)
				: null;
	}

	boolean locked(LoginThrottleSettings.Limits limits) {
		return this.failures >= limits.lockAfter();
	}

	String getKey() {
		return this.key;
	}

	int getFailures() {
		return this.failures;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}

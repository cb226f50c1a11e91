package la.anuyat.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;
import la.anuyat.authority.UserNames;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed-login counters per account and per client address, kept in the database so that
 * all application nodes count together. Each change is its own short transaction with a
 * row lock, so concurrent failures on several nodes are all counted.
 */
@Service
class LoginThrottle {

	private static final int MAX_KEY = 300;

	private final LoginCounterRepository counters;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final SecurityLog securityLog;

	LoginThrottle(LoginCounterRepository counters, LoginThrottleSettings settings, Clock clock,
			PlatformTransactionManager transactionManager, SecurityLog securityLog) {
		this.securityLog = securityLog;
		this.counters = counters;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * How long the account or the address must still wait before a login is looked at;
	 * empty when it may try now.
	 */
	Optional<Duration> waitFor(String username, String address) {
		if (!this.settings.enabled()) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		List<LoginCounter> found = this.transactions
			.execute((status) -> this.counters.findByKeyIn(keys(username, address)));
		return found.stream()
			.map((counter) -> counter.waitFrom(now))
			.filter((wait) -> wait != null)
			.max(Duration::compareTo)
			.map((wait) -> (wait.toSeconds() < 1) ? Duration.ofSeconds(1) : wait);
	}

	/**
	 * Whether a login may be looked at now; when the account or the address must still
	 * wait, the refused attempt goes to the security log and the wait is returned.
	 */
	Optional<Duration> admit(String username, String address, String channel) {
		Optional<Duration> wait = waitFor(username, address);
		wait.ifPresent((duration) -> this.securityLog.record(SecurityEvent.Kind.LOGIN_REFUSED, username, address,
				channel, "refused without checking the password; retry after " + duration.toSeconds() + " s"));
		return wait;
	}

	/**
	 * Counts a failed login and writes it, and any backoff or lock it causes, to the
	 * security log.
	 */
	void failed(String username, String address, String channel) {
		List<Throttled> throttled = recordFailure(username, address);
		this.securityLog.record(SecurityEvent.Kind.LOGIN_FAILED, username, address, channel,
				"wrong user name or password");
		for (Throttled counter : throttled) {
			this.securityLog.record(SecurityEvent.Kind.LOGIN_LOCKED, username, address, channel,
					counter.key() + " " + (counter.locked() ? "locked" : "must wait") + " for "
							+ counter.delay().toSeconds() + " s after " + counter.failures() + " failures");
		}
	}

	/**
	 * Counts a failed login for the account and the address.
	 * @return the counters that must now wait (backoff or lock), for the security log
	 */
	private List<Throttled> recordFailure(String username, String address) {
		List<Throttled> throttled = new ArrayList<>();
		if (!this.settings.enabled()) {
			return throttled;
		}
		fail(accountKey(username), this.settings.account()).ifPresent(throttled::add);
		if (address != null) {
			fail(addressKey(address), this.settings.address()).ifPresent(throttled::add);
		}
		return throttled;
	}

	/**
	 * A successful login forgets the account's failures. The address keeps its count: a
	 * guesser must not be able to wipe it by signing in to an account of their own.
	 */
	void recordSuccess(String username) {
		if (!this.settings.enabled()) {
			return;
		}
		this.transactions.executeWithoutResult(
				(status) -> this.counters.findById(accountKey(username)).ifPresent(this.counters::delete));
	}

	private Optional<Throttled> fail(String key, LoginThrottleSettings.Limits limits) {
		try {
			return failOnce(key, limits);
		}
		catch (DataIntegrityViolationException ex) {
			// another node created the row at the same moment: it exists now, count on it
			return failOnce(key, limits);
		}
	}

	private Optional<Throttled> failOnce(String key, LoginThrottleSettings.Limits limits) {
		return this.transactions.execute((status) -> {
			Instant now = Instant.now(this.clock);
			LoginCounter counter = this.counters.findForUpdate(key).orElseGet(() -> new LoginCounter(key, now));
			counter.fail(now, this.settings, limits);
			this.counters.saveAndFlush(counter);
			Duration wait = counter.waitFrom(now);
			return (wait == null) ? Optional.<Throttled>empty()
					: Optional.of(new Throttled(key, counter.getFailures(), counter.locked(limits), wait));
		});
	}

	private List<String> keys(String username, String address) {
		return (address == null) ? List.of(accountKey(username)) : List.of(accountKey(username), addressKey(address));
	}

	private static String accountKey(String username) {
		String normal = UserNames.normalise(username);
		return cap("account:" + ((normal == null) ? "" : normal));
	}

	private static String addressKey(String address) {
		return cap("address:" + address);
	}

	private static String cap(String key) {
		return (key.length() <= MAX_KEY) ? key : key.substring(0, MAX_KEY);
	}

	/**
	 * A counter that must now wait.
	 *
	 * @param key {@code account:…} or {@code address:…}
	 * @param failures failures counted
	 * @param locked whether it is the lock rather than a backoff delay
	 * @param delay how long
	 */
	record Throttled(String key, int failures, boolean locked, Duration delay) {
	}

}

package la.anuyat.access.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleSettingsTest {

	private static final LoginThrottleSettings.Limits ACCOUNT = new LoginThrottleSettings.Limits(5, 10);

	private static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(true, ACCOUNT,
			new LoginThrottleSettings.Limits(20, 100), Duration.ofSeconds(1), Duration.ofSeconds(20),
			Duration.ofMinutes(15), Duration.ofHours(1));

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void letsTheFirstFailuresPassThenDoublesTheWaitUpToItsMaximumThenLocks() {
		assertThat(SETTINGS.waitUntil(4, ACCOUNT, NOW)).isNull();
		assertThat(SETTINGS.waitUntil(5, ACCOUNT, NOW)).isEqualTo(NOW.plusSeconds(1));
		assertThat(SETTINGS.waitUntil(6, ACCOUNT, NOW)).isEqualTo(NOW.plusSeconds(2));
		assertThat(SETTINGS.waitUntil(8, ACCOUNT, NOW)).isEqualTo(NOW.plusSeconds(8));
		assertThat(SETTINGS.waitUntil(9, ACCOUNT, NOW)).as("capped").isEqualTo(NOW.plusSeconds(16));
		assertThat(SETTINGS.waitUntil(10, ACCOUNT, NOW)).as("locked").isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(SETTINGS.waitUntil(1000, ACCOUNT, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void countsFailuresAndForgetsThemAfterAQuietHour() {
		LoginCounter counter = new LoginCounter("account:newbiz", NOW);
		for (int i = 0; i < 10; i++) {
			counter.fail(NOW, SETTINGS, ACCOUNT);
		}
		assertThat(counter.locked(ACCOUNT)).isTrue();
		assertThat(counter.waitFrom(NOW)).isEqualTo(Duration.ofMinutes(15));
		assertThat(counter.waitFrom(NOW.plus(Duration.ofMinutes(15)))).as("the lock is temporary").isNull();

		counter.fail(NOW.plus(Duration.ofHours(2)), SETTINGS, ACCOUNT);
		assertThat(counter.getFailures()).isEqualTo(1);
		assertThat(counter.waitFrom(NOW.plus(Duration.ofHours(2)))).isNull();
	}

}

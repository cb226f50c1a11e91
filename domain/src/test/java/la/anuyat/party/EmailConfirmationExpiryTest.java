package la.anuyat.party;

import java.time.Duration;
import java.time.Instant;

import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmailConfirmationExpiryTest {

	private static final Instant SENT = Instant.parse("2026-03-01T08:00:00Z");

	private static final Duration VALID_FOR = Duration.ofHours(48);

	@Test
	void confirmsWithinTheValidity() {
		ApplicantAccount account = account(SENT);
		account.confirmEmail(SENT.plus(VALID_FOR), VALID_FOR);
		assertThat(account.isEmailConfirmed()).isTrue();
		assertThat(account.getConfirmationToken()).isNull();
	}

	@Test
	void refusesAnExpiredLink() {
		ApplicantAccount account = account(SENT);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> account.confirmEmail(SENT.plus(VALID_FOR).plusSeconds(1), VALID_FOR))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("account.confirmationExpired"));
		assertThat(account.isEmailConfirmed()).isFalse();
	}

	private static ApplicantAccount account(Instant sent) {
		return new ApplicantAccount("newbiz", "newbiz", "{noop}x", "a@example.la", "token", sent, 1L);
	}

}

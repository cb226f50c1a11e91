package la.anuyat.access;

import java.time.Duration;

import la.anuyat.shared.LocalizedText;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without looking at the password: too many failed logins for this
 * account or from this address, so it must wait (growing delays, then a temporary lock).
 */
public class LoginThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** How long until the next attempt is looked at, at least one second. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * The message in Lao and English, with the wait in whole minutes (at least one).
	 */
	public LocalizedText text() {
		long minutes = Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
		return LocalizedText.of("ມີການເຂົ້າສູ່ລະບົບຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນ " + minutes + " ນາທີ",
				"Too many failed logins. Please try again in " + minutes + " minute(s)");
	}

}

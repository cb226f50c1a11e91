package la.anuyat.licence;

import java.time.LocalDate;

import la.anuyat.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LicenceTest {

	private static final LocalDate ISSUED = LocalDate.of(2026, 3, 10);

	private static final LocalDate LAST_DAY = LocalDate.of(2029, 3, 9);

	static Licence activeSoftwareLicence() {
		return new Licence("LIC-VTE-2026-000045", "ICT-SOFT", 7L, "ບໍລິສັດ ລາວໂຊບ", "Lao Soft Co.", "VTE", 1L,
				"ICT-VTE-2026-000123", ISSUED, LAST_DAY, "leader.vte");
	}

	@Test
	void isValidUpToAndIncludingItsLastDay() {
		Licence licence = activeSoftwareLicence();

		assertThat(licence.verificationStatus(ISSUED)).isEqualTo(VerificationStatus.VALID);
		assertThat(licence.verificationStatus(LAST_DAY)).isEqualTo(VerificationStatus.VALID);
	}

	@Test
	void isExpiredAfterItsLastDayEvenThoughStillRecordedActive() {
		Licence licence = activeSoftwareLicence();

		assertThat(licence.verificationStatus(LAST_DAY.plusDays(1))).isEqualTo(VerificationStatus.EXPIRED);
		assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
	}

	@Test
	void showsASuspension() {
		Licence licence = activeSoftwareLicence();
		licence.suspend("Inspection found unlicensed equipment");

		assertThat(licence.verificationStatus(ISSUED)).isEqualTo(VerificationStatus.SUSPENDED);
	}

	@Test
	void showsARevocationOfASuspendedLicence() {
		Licence licence = activeSoftwareLicence();
		licence.suspend("Inspection");
		licence.revoke("Measures not taken");

		assertThat(licence.verificationStatus(ISSUED)).isEqualTo(VerificationStatus.REVOKED);
	}

	@Test
	void refusesToSuspendARevokedLicence() {
		Licence licence = activeSoftwareLicence();
		licence.revoke("Fraud");

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> licence.suspend("again"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("licence.notActive"));
	}

}

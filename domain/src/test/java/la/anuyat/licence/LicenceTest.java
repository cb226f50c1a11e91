package la.anuyat.licence;

import java.time.LocalDate;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
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
	void showsASuspensionUntilItsLastDay() {
		Licence licence = activeSoftwareLicence();
		licence.suspend(StatusReason.BREACH_OF_CONDITIONS, "Inspection found unlicensed equipment",
				ISSUED.plusMonths(2), ISSUED.plusDays(5));

		assertThat(licence.verificationStatus(ISSUED.plusDays(6))).isEqualTo(VerificationStatus.SUSPENDED);
		assertThat(licence.getSuspendedUntil()).isEqualTo(ISSUED.plusMonths(2));
		assertThat(licence.getStatusReasonCategory()).isEqualTo(StatusReason.BREACH_OF_CONDITIONS);
	}

	@Test
	void refusesASuspensionThatEndsTodayOrAfterTheValidity() {
		Licence licence = activeSoftwareLicence();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> licence.suspend(StatusReason.OTHER_MEASURE, "x", ISSUED, ISSUED))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("licence.suspensionEnd"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> licence.suspend(StatusReason.OTHER_MEASURE, "x", LAST_DAY.plusDays(1), ISSUED))
			.satisfies((ex) -> assertThat(ex.text().en()).contains("within the licence's validity"));
		assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
	}

	@Test
	void liftingASuspensionMakesTheLicenceValidAgain() {
		Licence licence = activeSoftwareLicence();
		licence.suspend(StatusReason.UNPAID_FEES, "Fees", ISSUED.plusMonths(1), ISSUED);
		licence.lift();

		assertThat(licence.verificationStatus(ISSUED.plusMonths(1).plusDays(1))).isEqualTo(VerificationStatus.VALID);
		assertThat(licence.getSuspendedUntil()).isNull();
		assertThat(licence.getStatusReasonCategory()).isNull();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(licence::lift)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("licence.notSuspended"));
	}

	@Test
	void showsARevocationOfASuspendedLicence() {
		Licence licence = activeSoftwareLicence();
		licence.suspend(StatusReason.BREACH_OF_CONDITIONS, "Inspection", ISSUED.plusMonths(1), ISSUED);
		licence.revoke(StatusReason.BREACH_OF_CONDITIONS, "Measures not taken");

		assertThat(licence.verificationStatus(ISSUED)).isEqualTo(VerificationStatus.REVOKED);
		assertThat(licence.getSuspendedUntil()).isNull();
	}

	@Test
	void refusesToSuspendARevokedLicence() {
		Licence licence = activeSoftwareLicence();
		licence.revoke(StatusReason.FALSE_INFORMATION, "Fraud");

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> licence.suspend(StatusReason.OTHER_MEASURE, "again", ISSUED.plusDays(9), ISSUED))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("licence.notActive");
				assertThat(ex.text().lo()).contains("ບໍ່ສາມາດໂຈະໄດ້");
			});
	}

	@Test
	void cancelsAtTheHoldersRequestAndThenRefusesEveryOtherVerb() {
		Licence licence = activeSoftwareLicence();
		licence.cancel("We closed the business");

		assertThat(licence.verificationStatus(ISSUED)).isEqualTo(VerificationStatus.CANCELLED);
		assertThat(licence.getStatusReasonCategory()).isEqualTo(StatusReason.HOLDER_REQUEST);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> licence.revoke(StatusReason.OTHER_MEASURE, "x"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> licence.cancel("again"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("licence.notCancellable"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> licence.expire(LAST_DAY.plusDays(1)));
	}

	@Test
	void expiresOnlyAfterItsLastDay() {
		Licence licence = activeSoftwareLicence();

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> licence.expire(LAST_DAY))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("licence.stillValid"));
		licence.expire(LAST_DAY.plusDays(1));
		assertThat(licence.getStatus()).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(licence.verificationStatus(LAST_DAY)).isEqualTo(VerificationStatus.EXPIRED);
	}

	@Test
	void aSuspendedLicencePastItsValidityIsExpired() {
		Licence licence = activeSoftwareLicence();
		licence.suspend(StatusReason.BREACH_OF_CONDITIONS, "x", LAST_DAY, LAST_DAY.minusDays(3));

		assertThat(licence.verificationStatus(LAST_DAY.plusDays(1))).isEqualTo(VerificationStatus.EXPIRED);
	}

}

package la.anuyat.spectrum;

import java.time.LocalDate;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AssignmentTest {

	@Test
	void registersAnActiveAssignmentWithItsEirp() {
		Assignment assignment = Assignment.of(SpectrumFixtures.landMobile("A-1", 17.97, 102.62, 150));
		assertThat(assignment.isActive()).isTrue();
		// 10 dBW + 30 + 0 dBi
		assertThat(assignment.eirpDbm()).isEqualTo(40);
	}

	@Test
	void refusesAnEmissionDesignatorWhoseBandwidthIsNotTheStatedOne() {
		AssignmentDetails details = SpectrumFixtures.landMobile("A-1", 17.97, 102.62, 150);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> Assignment.of(with(details, 12.5, "16K0F3E", 10, 10)));
		assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("bandwidthKhz");
		assertThat(refused.fieldErrors().get(0).message().lo()).contains("ແບນວິດ");
		assertThat(refused.fieldErrors().get(0).message().en()).contains("12.5 kHz").contains("16 kHz");
	}

	@Test
	void refusesPowerInWattsAndDbwThatDisagree() {
		AssignmentDetails details = SpectrumFixtures.landMobile("A-1", 17.97, 102.62, 150);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> Assignment.of(with(details, 10, "10K0F3E", 50, 20)));
		assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("powerDbw");
		assertThat(refused.fieldErrors().get(0).message().en()).contains("50 W = 17.0 dBW");
	}

	@Test
	void namesEveryBrokenFieldAtOnce() {
		AssignmentDetails details = new AssignmentDetails(" ", new Station("", 95, 200, 0, 10, null, 0, null), null,
				"VTE", 150, 10, "ABC", 0, 0, -110, 10, "", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), false);
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Assignment.of(details));
		assertThat(refused.fieldErrors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("reference", "stationName", "licensee", "service", "latitude", "longitude",
					"polarisation", "emissionDesignator", "powerW", "validUntil");
	}

	private static AssignmentDetails with(AssignmentDetails details, double bandwidthKhz, String emission, double watts,
			double dbw) {
		return new AssignmentDetails(details.reference(), details.station(), details.service(), details.province(),
				details.centreFrequencyMhz(), bandwidthKhz, emission, watts, dbw, details.receiverThresholdDbm(),
				details.serviceAreaRadiusKm(), details.licensee(), details.validFrom(), details.validUntil(),
				details.confidential());
	}

}

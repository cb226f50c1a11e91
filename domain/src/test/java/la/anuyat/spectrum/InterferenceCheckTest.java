package la.anuyat.spectrum;

import java.util.List;

import org.junit.jupiter.api.Test;

import static la.anuyat.spectrum.SpectrumFixtures.VTE_LAT;
import static la.anuyat.spectrum.SpectrumFixtures.VTE_LON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InterferenceCheckTest {

	private final InterferenceCheck check = new InterferenceCheck(SpectrumFixtures.rules());

	/**
	 * Both stations 10 W into 0 dBi (EIRP 10 dBW + 30 + 0 = 40 dBm), 10 kHz, one degree
	 * of latitude apart (d = 111.195 km), both on 150 MHz:
	 *
	 * <pre>
	 * L   = 32.45 + 20·log10(150) + 20·log10(111.195) = 32.45 + 43.522 + 40.922 = 116.894 dB
	 * I   = 40 − 116.894 + 0 − 0 = −76.894 dBm
	 * N   = −174 + 10·log10(10 000) + 7 = −127 dBm
	 * I/N = −76.894 + 127 = 50.106 dB; margin = −6 − 50.106 = −56.106 dB: a conflict
	 * </pre>
	 */
	@Test
	void flagsACoChannelAssignmentWithItsDistanceAndMargin() {
		Assignment existing = Assignment.of(SpectrumFixtures.landMobile("A-1", VTE_LAT + 1, VTE_LON, 150));

		List<Interference> found = this.check.against(SpectrumFixtures.proposedLandMobile(150), List.of(existing));

		assertThat(found).hasSize(1);
		Interference interference = found.get(0);
		assertThat(interference.assignment()).isSameAs(existing);
		assertThat(interference.channelOffset()).isZero();
		assertThat(interference.distanceKm()).isCloseTo(111.195, within(0.001));
		assertThat(interference.frequencySeparationMhz()).isZero();
		assertThat(interference.pathLossDb()).isCloseTo(116.894, within(0.001));
		assertThat(interference.interferenceDbm()).isCloseTo(-76.894, within(0.001));
		assertThat(interference.noiseDbm()).isCloseTo(-127, within(1e-9));
		assertThat(interference.interferenceToNoiseDb()).isCloseTo(50.106, within(0.001));
		assertThat(interference.marginDb()).isCloseTo(-56.106, within(0.001));
		assertThat(interference.isConflict()).isTrue();
	}

	/**
	 * The same pair one 10 kHz channel apart (150.000 and 150.010 MHz): the receiver
	 * rejects the neighbour by 60 dB, so I = −76.894 − 60 = −136.894 dBm, I/N = −9.894
	 * dB, margin = −6 + 9.894 = +3.894 dB: no conflict. (The other direction, at 150.010
	 * MHz, loses 0.0006 dB more, so the direction into the assignment is kept.)
	 */
	@Test
	void acceptsAnAdjacentChannelAssignmentWhoseRejectionKeepsINBelowTheThreshold() {
		Assignment existing = Assignment.of(SpectrumFixtures.landMobile("A-2", VTE_LAT + 1, VTE_LON, 150.010));

		Interference interference = this.check.against(SpectrumFixtures.proposedLandMobile(150), List.of(existing))
			.get(0);

		assertThat(interference.channelOffset()).isEqualTo(1);
		assertThat(interference.rejectionDb()).isEqualTo(60);
		assertThat(interference.direction()).isEqualTo(Interference.Direction.INTO_ASSIGNMENT);
		assertThat(interference.frequencySeparationMhz()).isCloseTo(0.010, within(1e-9));
		assertThat(interference.interferenceToNoiseDb()).isCloseTo(-9.894, within(0.001));
		assertThat(interference.marginDb()).isCloseTo(3.894, within(0.001));
		assertThat(interference.isConflict()).isFalse();
	}

	@Test
	void ignoresAssignmentsBeyondTheSearchDistanceOrTheRejectionTable() {
		// two degrees (222 km) is beyond the 150 km search distance
		Assignment far = Assignment.of(SpectrumFixtures.landMobile("A-3", VTE_LAT + 2, VTE_LON, 150));
		// three 10 kHz channels away: the table stops at two
		Assignment apart = Assignment.of(SpectrumFixtures.landMobile("A-4", VTE_LAT + 1, VTE_LON, 150.030));

		assertThat(this.check.against(SpectrumFixtures.proposedLandMobile(150), List.of(far, apart))).isEmpty();
	}

	@Test
	void takesTheSearchDistanceOfTheBandAndService() {
		SpectrumRules rules = SpectrumFixtures.rules();
		assertThat(rules.searchDistanceKm(RadioService.FIXED, 7500)).isEqualTo(80);
		assertThat(rules.searchDistanceKm(RadioService.MOBILE, 7500)).isEqualTo(150);
		assertThat(rules.searchDistanceKm(RadioService.BROADCASTING, 98)).isEqualTo(300);
		assertThat(rules.searchDistanceKm(RadioService.MOBILE, 150)).isEqualTo(150);
	}

	@Test
	void countsChannelsInUnitsOfTheWiderEmission() {
		// 25 kHz and 12.5 kHz 18.75 kHz apart overlap (half-sum 18.75 kHz is not
		// exceeded... but not less)
		assertThat(InterferenceCheck.channelOffset(150, 25, 150.015, 12.5)).isZero();
		assertThat(InterferenceCheck.channelOffset(150, 25, 150.025, 25)).isEqualTo(1);
		assertThat(InterferenceCheck.channelOffset(150, 25, 150.050, 25)).isEqualTo(2);
		// a 5 MHz carrier 10 MHz from another: two channels
		assertThat(InterferenceCheck.channelOffset(1815, 5000, 1825, 5000)).isEqualTo(2);
	}

}

package la.anuyat.spectrum;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RadioPropagationTest {

	@Test
	void freeSpaceLossFollowsItuRP525() {
		// 100 MHz over 10 km: 32.45 + 20·log10(100) + 20·log10(10) = 32.45 + 40 + 20 =
		// 92.45 dB
		assertThat(RadioPropagation.freeSpaceLossDb(100, 10)).isCloseTo(92.45, within(1e-9));
		// 2000 MHz over 5 km: 32.45 + 20·log10(2000 · 5) = 32.45 + 80 = 112.45 dB
		assertThat(RadioPropagation.freeSpaceLossDb(2000, 5)).isCloseTo(112.45, within(1e-9));
	}

	@Test
	void noiseIsKtbPlusTheNoiseFigure() {
		// 10 kHz, NF 7 dB: −174 + 10·log10(10 000) + 7 = −174 + 40 + 7 = −127 dBm
		assertThat(RadioPropagation.noiseDbm(10_000, 7)).isCloseTo(-127, within(1e-9));
		// 5 MHz, NF 9 dB: −174 + 10·log10(5 000 000) + 9 = −174 + 66.99 + 9 = −98.01 dBm
		assertThat(RadioPropagation.noiseDbm(5_000_000, 9)).isCloseTo(-98.01, within(0.005));
	}

	@Test
	void greatCircleDistanceIsHaversine() {
		// one degree of a meridian: 6371.0088 km · π/180 = 111.195 km
		assertThat(RadioPropagation.greatCircleKm(17, 102, 18, 102)).isCloseTo(111.195, within(0.001));
		// Vientiane (17.9757, 102.6331) to Luang Prabang (19.8856, 102.1347): about 218
		// km
		assertThat(RadioPropagation.greatCircleKm(17.9757, 102.6331, 19.8856, 102.1347)).isCloseTo(218, within(2.0));
		assertThat(RadioPropagation.greatCircleKm(17.9757, 102.6331, 17.9757, 102.6331)).isZero();
	}

	@Test
	void stationsOnOneMastAreTakenAsTenMetresApart() {
		// 100 MHz at 0.01 km: 32.45 + 40 − 40 = 32.45 dB, not minus infinity
		assertThat(RadioPropagation.freeSpaceLossDb(100, 0)).isCloseTo(32.45, within(1e-9));
	}

	@Test
	void keepsPowerInWattsAndDbwTogether() {
		assertThat(Power.dbw(10)).isCloseTo(10, within(1e-9));
		assertThat(Power.dbw(50)).isCloseTo(16.99, within(0.005));
		assertThat(Power.consistent(50, 17.0)).isTrue();
		assertThat(Power.consistent(50, 17.2)).isFalse();
		assertThat(Power.consistent(0, -10)).isFalse();
	}

}

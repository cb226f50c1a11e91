package la.anuyat.spectrum;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmissionDesignatorTest {

	@ParameterizedTest
	@CsvSource({ "16K0F3E, 16000, F, 3, E", "5M00G7W, 5000000, G, 7, W", "200KF8E, 200000, F, 8, E",
			"200HA1A, 200, A, 1, A", "1G00X7W, 1000000000, X, 7, W", "12K5F3E, 12500, F, 3, E",
			"H002N0N, 0.002, N, 0, N", "6M00C3F, 6000000, C, 3, F", "16K0F3EJN, 16000, F, 3, E" })
	void readsTheNecessaryBandwidthAndTheClassOfEmission(String text, double hz, char modulation, char signal,
			char information) {
		EmissionDesignator designator = EmissionDesignator.parse(text).orElseThrow();
		assertThat(designator.bandwidthHz()).isCloseTo(hz, within(1e-9));
		assertThat(designator.modulation()).isEqualTo(modulation);
		assertThat(designator.signal()).isEqualTo(signal);
		assertThat(designator.information()).isEqualTo(information);
	}

	@ParameterizedTest
	@ValueSource(strings = { "16KF3E0", "ABC", "0K50F3E", "K500F3E", "16K0", "16K0Z3E", "16K0F5E", "16K0F3Z", "1K2KF3E",
			"1600F3E", "16k0f3e", "16K0F3E1" })
	void refusesWhatIsNotInTheAppendixOneFormat(String text) {
		assertThat(EmissionDesignator.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void refusesNothing(String text) {
		assertThat(EmissionDesignator.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "16K0F3E, 16, true", "16K0F3E, 12.5, false", "5M00G7W, 5000, true", "200KF8E, 200, true",
			"12K5F3E, 12.5, true", "12K5F3E, 25, false" })
	void matchesTheStatedBandwidth(String text, double bandwidthKhz, boolean matches) {
		assertThat(EmissionDesignator.parse(text).orElseThrow().hasBandwidthKhz(bandwidthKhz)).isEqualTo(matches);
	}

}

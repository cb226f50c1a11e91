package la.anuyat.spectrum;

import java.time.LocalDate;
import java.util.List;

/**
 * Named assignments and rules for the spectrum tests.
 */
final class SpectrumFixtures {

	/** Vientiane, Patuxai. */
	static final double VTE_LAT = 17.9704;

	static final double VTE_LON = 102.6184;

	private SpectrumFixtures() {
	}

	/**
	 * NF 7 dB, I/N threshold −6 dB, search 150 km, ACR 60 dB one channel away and 75 dB
	 * two channels away.
	 */
	static SpectrumRules rules() {
		return new SpectrumRules(7, -6, 150,
				List.of(new SpectrumRules.SearchDistance(RadioService.FIXED, 5925, 23600, 80),
						new SpectrumRules.SearchDistance(null, 87.5, 108, 300)),
				List.of(new SpectrumRules.ChannelRejection(1, 60), new SpectrumRules.ChannelRejection(2, 75)), 30);
	}

	/** 10 W (10 dBW) into a 0 dBi antenna, 10 kHz wide: EIRP 40 dBm. */
	static AssignmentDetails landMobile(String reference, double latitude, double longitude, double frequencyMhz) {
		return new AssignmentDetails(reference,
				new Station("Base " + reference, latitude, longitude, 170, 30, null, 0, Polarisation.VERTICAL),
				RadioService.MOBILE, "VTE", frequencyMhz, 10, "10K0F3E", 10, 10, -110, 25, "Lao Taxi Radio",
				LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), false);
	}

	static ProposedStation proposedLandMobile(double frequencyMhz) {
		return new ProposedStation("New base", RadioService.MOBILE, VTE_LAT, VTE_LON, 30, frequencyMhz, 10, 10, 0, 0,
				-110.0);
	}

}

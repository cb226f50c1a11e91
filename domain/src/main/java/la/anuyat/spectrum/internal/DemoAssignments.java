package la.anuyat.spectrum.internal;

import java.time.LocalDate;
import java.util.List;

import la.anuyat.spectrum.AssignmentDetails;
import la.anuyat.spectrum.Polarisation;
import la.anuyat.spectrum.Power;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.SpectrumService;
import la.anuyat.spectrum.Station;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A handful of assignments around Vientiane and Luang Prabang for the demo: broadcasting,
 * land mobile, IMT and a fixed link, and one confidential security-service network that
 * the public register must never show. Added once; a restart keeps them.
 */
@Component
@Profile("demo")
class DemoAssignments implements ApplicationRunner {

	private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);

	private final SpectrumService spectrum;

	DemoAssignments(SpectrumService spectrum) {
		this.spectrum = spectrum;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (AssignmentDetails details : List.of(
				details("SPA-VTE-0001", "Lao National Radio FM, Vientiane", 17.9650, 102.6000, 170, 120, null, 6,
						RadioService.BROADCASTING, "VTE", 103.7, 200, "200KF8E", 5000, 60, "Lao National Radio", false),
				details("SPA-VTE-0002", "Vientiane taxi dispatch base", 17.9757, 102.6331, 172, 35, null, 3,
						RadioService.MOBILE, "VTE", 152.5, 11, "11K0F3E", 25, 30, "Vientiane Taxi Co-operative", false),
				details("SPA-VTE-0003", "Lao Digital LTE 1800, That Luang", 17.9763, 102.6355, 171, 30, 120.0, 17,
						RadioService.MOBILE, "VTE", 1815, 5000, "5M00G7W", 20, 2, "Lao Digital Co., Ltd.", false),
				details("SPA-VTE-0004", "Microwave link Vientiane to Phonhong", 17.9800, 102.6100, 172, 45, 330.0, 38,
						RadioService.FIXED, "VTE", 7450, 28000, "28M0G7W", 1, 60, "Lao Digital Co., Ltd.", false),
				details("SPA-VTE-0005", "Security radio network", 17.9600, 102.6200, 170, 40, null, 3,
						RadioService.MOBILE, "VTE", 415.5, 11, "11K0F3E", 25, 40, "Ministry of Public Security", true),
				details("SPA-LPB-0001", "Luang Prabang Radio FM", 19.8856, 102.1347, 300, 60, null, 6,
						RadioService.BROADCASTING, "LPB", 98.5, 200, "200KF8E", 1000, 40, "Luang Prabang Radio", false),
				details("SPA-LPB-0002", "Phabang Net UHF dispatch", 19.8900, 102.1400, 295, 25, null, 3,
						RadioService.MOBILE, "LPB", 455.25, 11, "11K0F3E", 25, 25, "Phabang Net Co., Ltd.", false))) {
			if (this.spectrum.assignment(details.reference()).isEmpty()) {
				this.spectrum.register(details);
			}
		}
	}

	private static AssignmentDetails details(String reference, String name, double latitude, double longitude,
			double elevationM, double heightM, Double azimuth, double gainDbi, RadioService service, String province,
			double frequencyMhz, double bandwidthKhz, String emission, double watts, double radiusKm, String licensee,
			boolean confidential) {
		// dBW as records carry it, to one decimal
		double dbw = Math.round(Power.dbw(watts) * 10) / 10.0;
		return new AssignmentDetails(reference,
				new Station(name, latitude, longitude, elevationM, heightM, azimuth, gainDbi,
						(service == RadioService.BROADCASTING) ? Polarisation.CIRCULAR : Polarisation.VERTICAL),
				service, province, frequencyMhz, bandwidthKhz, emission, watts, dbw, -110, radiusKm, licensee, FROM,
				UNTIL, confidential);
	}

}

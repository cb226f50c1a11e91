package la.anuyat.spectrum;

import java.time.LocalDate;

/**
 * What an assignment is made of, before it is checked: the station, the emission and the
 * receiver, the licensee and the validity. Power is given both in watts and in dBW, as
 * assignment records carry both; the two must agree.
 */
public record AssignmentDetails(String reference, Station station, RadioService service, String province,
		double centreFrequencyMhz, double bandwidthKhz, String emissionDesignator, double powerW, double powerDbw,
		double receiverThresholdDbm, double serviceAreaRadiusKm, String licensee, LocalDate validFrom,
		LocalDate validUntil, boolean confidential) {
}

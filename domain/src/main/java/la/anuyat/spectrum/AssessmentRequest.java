package la.anuyat.spectrum;

/**
 * What an engineer or an applicant asks the technical assessment to check, as submitted:
 * any field may be missing or wrong, and {@link SpectrumService#assess} says which. Power
 * may be given in watts, in dBW or both (then they must agree); the receiver gain
 * defaults to the antenna gain (the same antenna transmits and receives).
 */
public record AssessmentRequest(String stationName, String service, Double frequencyMhz, Double bandwidthKhz,
		String emissionDesignator, Double latitude, Double longitude, Double antennaHeightM, Double powerW,
		Double powerDbw, Double antennaGainDbi, Double receiverGainDbi, Double receiverThresholdDbm) {
}

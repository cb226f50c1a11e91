package la.anuyat.spectrum;

/**
 * The station a request proposes, in the terms the checks need: service, position,
 * emission, EIRP and receiver gain.
 */
public record ProposedStation(String name, RadioService service, double latitude, double longitude,
		double antennaHeightM, double centreFrequencyMhz, double bandwidthKhz, double powerDbw, double antennaGainDbi,
		double receiverGainDbi, Double receiverThresholdDbm) {

	/** EIRP in dBm: P(dBW) + 30 + G(dBi). */
	public double eirpDbm() {
		return this.powerDbw + 30 + this.antennaGainDbi;
	}

}

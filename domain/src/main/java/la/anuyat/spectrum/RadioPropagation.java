package la.anuyat.spectrum;

/**
 * The physics of the interference check: distance on the globe, free-space path loss and
 * thermal noise.
 */
public final class RadioPropagation {

	/** Mean Earth radius (IUGG), km. */
	static final double EARTH_RADIUS_KM = 6371.0088;

	/**
	 * Free-space loss is a far-field formula; two stations on the same mast are taken as
	 * ten metres apart rather than letting the loss go to minus infinity.
	 */
	static final double NEAREST_KM = 0.01;

	private RadioPropagation() {
	}

	/** Great-circle distance by the haversine formula, km. */
	public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/**
	 * Basic free-space transmission loss, ITU-R P.525 (eq. 6): L = 32.45 +
	 * 20·log10(f/MHz) + 20·log10(d/km) dB.
	 */
	public static double freeSpaceLossDb(double frequencyMhz, double distanceKm) {
		return 32.45 + 20 * Math.log10(frequencyMhz) + 20 * Math.log10(Math.max(distanceKm, NEAREST_KM));
	}

	/**
	 * Receiver noise power: kTB at 290 K is −174 dBm/Hz, over the bandwidth, plus the
	 * noise figure: N = −174 + 10·log10(B/Hz) + NF dBm.
	 */
	public static double noiseDbm(double bandwidthHz, double noiseFigureDb) {
		return -174 + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
	}

}

package la.anuyat.spectrum;

/**
 * Transmitter power in watts and in decibels relative to one watt: P(dBW) =
 * 10·log10(P/W).
 */
public final class Power {

	/**
	 * How far a stated dBW value may be from the one computed from watts: records round
	 * dBW to one decimal, which is at most 0.05 dB off.
	 */
	static final double TOLERANCE_DB = 0.05;

	private Power() {
	}

	public static double dbw(double watts) {
		return 10 * Math.log10(watts);
	}

	public static double watts(double dbw) {
		return Math.pow(10, dbw / 10);
	}

	public static boolean consistent(double watts, double dbw) {
		return watts > 0 && Math.abs(dbw(watts) - dbw) <= TOLERANCE_DB + 1e-9;
	}

}

package la.anuyat.spectrum;

/**
 * The pre-filter of the interference check: a frequency window (MHz) and a
 * latitude/longitude box (degrees) around a request, both on indexed columns, so the
 * exact distance and channel tests run on a few rows rather than the whole register.
 */
public record SearchWindow(double searchDistanceKm, double lowMhz, double highMhz, double south, double north,
		double west, double east) {
}

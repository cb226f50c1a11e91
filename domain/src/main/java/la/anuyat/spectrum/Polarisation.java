package la.anuyat.spectrum;

/**
 * Antenna polarisation as written in an assignment record.
 */
public enum Polarisation {

	VERTICAL, HORIZONTAL, SLANT_45, CIRCULAR

}

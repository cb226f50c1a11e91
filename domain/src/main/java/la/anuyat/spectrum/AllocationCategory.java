package la.anuyat.spectrum;

/**
 * Primary or secondary allocation (ITU RR Nos. 5.23 to 5.32): a secondary service may not
 * cause harmful interference to, nor claim protection from, primary services.
 */
public enum AllocationCategory {

	PRIMARY, SECONDARY

}

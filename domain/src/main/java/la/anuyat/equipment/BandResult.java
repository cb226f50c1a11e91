package la.anuyat.equipment;

/**
 * What the check found for one declared band.
 */
public enum BandResult {

	/** The band lies in the allocation table and the power is within its limit. */
	COMPLIES,

	/** Some of the band is allocated to no service in the table in force. */
	NOT_ALLOCATED,

	/** The declared power exceeds the band's limit. */
	OVER_POWER_LIMIT;

	public boolean complies() {
		return this == COMPLIES;
	}

}

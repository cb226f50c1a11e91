package la.anuyat.licence;

/**
 * Where a measure on a licence stands: proposed (awaiting the holder's response, the
 * review or the officer's confirmation), applied to the licence, or dropped.
 */
public enum MeasureOutcome {

	PENDING, APPLIED, DROPPED

}

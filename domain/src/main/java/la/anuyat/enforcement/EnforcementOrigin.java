package la.anuyat.enforcement;

/**
 * What started an enforcement case: an upheld complaint, an inspection's finding, an
 * officer on their own initiative, or a violation that persisted after an earlier case.
 */
public enum EnforcementOrigin {

	COMPLAINT, INSPECTION, OFFICER, REPEAT

}

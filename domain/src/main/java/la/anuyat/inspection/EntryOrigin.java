package la.anuyat.inspection;

/**
 * Why an inspection is on the list: generated from the register, added to the plan by
 * leadership, or ad hoc (from a complaint, an enforcement case or an officer's own
 * observation) outside any plan.
 */
public enum EntryOrigin {

	PLAN, ADDED, AD_HOC

}

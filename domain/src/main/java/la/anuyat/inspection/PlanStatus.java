package la.anuyat.inspection;

/** A plan is a draft while leadership adjusts it, then approved and assigned. */
public enum PlanStatus {

	DRAFT, APPROVED

}

package la.anuyat.inspection;

/**
 * A plan is a draft while leadership adjusts it, then approved and assigned; leadership
 * may reopen an approved plan as a revision, adjust it with reasons and approve it again.
 */
public enum PlanStatus {

	DRAFT, APPROVED, REVISING

}

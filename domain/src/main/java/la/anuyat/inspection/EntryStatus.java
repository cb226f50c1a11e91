package la.anuyat.inspection;

/**
 * Where a planned inspection stands: planned (overdue once its month is over), done (a
 * field report for the same subject and type arrived), or dropped by leadership with a
 * reason.
 */
public enum EntryStatus {

	PLANNED, DONE, DROPPED

}

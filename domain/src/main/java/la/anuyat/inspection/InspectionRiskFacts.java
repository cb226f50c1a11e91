package la.anuyat.inspection;

import java.time.LocalDate;

/**
 * Facts about a company that other features know and the inspection plan weighs: the
 * complaint feature tells how many complaints against a company were upheld. Until a
 * feature offers them, the plan counts none.
 */
public interface InspectionRiskFacts {

	/** The facts when no feature offers any: no upheld complaints. */
	InspectionRiskFacts NONE = (companyId, since) -> 0;

	/** Complaints against the company upheld on or after the date. */
	int upheldComplaints(long companyId, LocalDate since);

}

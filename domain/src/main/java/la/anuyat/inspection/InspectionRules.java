package la.anuyat.inspection;

import java.util.Optional;

/**
 * The rules the regulator sets for planning inspections, kept in decision tables
 * ({@code inspection-type.dmn}, {@code inspection-risk-weights.dmn}) so that an analyst
 * changes them without a release: which checklist a licence type is inspected with, and
 * how much each risk factor weighs.
 */
public interface InspectionRules {

	/**
	 * The kind of inspection a holder of the licence type gets; none when the type is not
	 * inspected (a special number, for instance).
	 */
	Optional<InspectionType> typeFor(String licenceType);

	/** The risk points of a subject: the higher, the earlier in the year. */
	int riskScore(RiskFacts facts);

	/**
	 * What the risk of a subject is weighed on.
	 *
	 * @param licenceType the licence type code ({@code SPEC} for a frequency assignment)
	 * @param upheldComplaints complaints upheld against the holder in the last year
	 * @param pastMeasures measures applied against the licence (suspensions, revocations)
	 * @param monthsSinceLastInspection months since the last inspection done; null when
	 * never inspected
	 */
	record RiskFacts(String licenceType, int upheldComplaints, int pastMeasures, Integer monthsSinceLastInspection) {
	}

}

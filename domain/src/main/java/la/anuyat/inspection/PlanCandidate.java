package la.anuyat.inspection;

/**
 * One subject in the register that the annual plan may cover, with the facts its risk is
 * weighed on.
 *
 * @param kind a licence or a frequency assignment
 * @param subjectRef the licence number or the assignment's reference
 * @param companyId the holder, null for a frequency assignment (its licensee is a name)
 * @param nameLo the holder's name in Lao
 * @param nameEn the holder's name in English, if any
 * @param licenceType the licence type code ({@code SPEC} for a frequency assignment)
 * @param active whether the licence or assignment is in force
 * @param latitude where the subject is, if known
 * @param longitude where the subject is, if known
 * @param upheldComplaints complaints upheld against the holder in the last year
 * @param pastMeasures measures applied against the licence
 * @param monthsSinceLastInspection null when never inspected
 */
public record PlanCandidate(SubjectKind kind, String subjectRef, Long companyId, String nameLo, String nameEn,
		String licenceType, boolean active, Double latitude, Double longitude, int upheldComplaints, int pastMeasures,
		Integer monthsSinceLastInspection) {

	InspectionRules.RiskFacts riskFacts() {
		return new InspectionRules.RiskFacts(this.licenceType, this.upheldComplaints, this.pastMeasures,
				this.monthsSinceLastInspection);
	}

}

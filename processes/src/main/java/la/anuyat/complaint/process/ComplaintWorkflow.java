package la.anuyat.complaint.process;

import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.Mediation;
import la.anuyat.complaint.MediationMinutes;
import la.anuyat.complaint.MediationSchedule;
import la.anuyat.identity.Actor;

/**
 * The way into the complaint process for the public form, the Open311 API, the officers'
 * phone and counter intake and the complainant's reopening: each call is one transaction
 * with the engine, so a refusal leaves nothing behind. The steps in between are user
 * tasks completed through the case workflow.
 */
public interface ComplaintWorkflow {

	/** The process's key in the case-type catalogue. */
	String PROCESS = "complaint";

	/** The message a reopened complaint's process waits for. */
	String REOPENED = "complaint-reopened";

	/**
	 * Files the complaint and starts its process (business key = case number).
	 * @return the case number and the tracking code
	 */
	Filed file(Actor by, ComplaintIntake intake);

	/**
	 * The complainant reopens the decided complaint within its window; it goes back to
	 * assessment.
	 */
	void reopen(String trackingCode, String reason);

	/**
	 * Schedules the mediation meeting of a complaint whose scheduling step is open, and
	 * completes that step: the complainant and the operator are told.
	 * @throws la.anuyat.shared.ConflictException when the complaint is not at that step
	 */
	Mediation scheduleMediation(Actor officer, String caseNumber, MediationSchedule schedule);

	/**
	 * Records the mediation meeting of a complaint whose record step is open, and
	 * completes that step: the signed record is kept on the case and the complaint goes
	 * to review.
	 * @throws la.anuyat.shared.ConflictException when the complaint is not at that step
	 */
	Mediation recordMediation(Actor officer, String caseNumber, MediationMinutes minutes);

	/**
	 * A complaint filed.
	 *
	 * @param caseNumber its case number (public)
	 * @param trackingCode the code only its filer gets
	 */
	record Filed(String caseNumber, String trackingCode) {
	}

}

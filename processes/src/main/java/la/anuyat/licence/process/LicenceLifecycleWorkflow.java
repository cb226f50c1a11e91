package la.anuyat.licence.process;

import la.anuyat.identity.Actor;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.SanctionDraft;

/**
 * The processes of a licence after its issue, for the UI and the REST API: measures
 * (licence-sanction), the holder's cancellation request, the holder's response to a
 * proposed measure, and the end of the expiry watch by a renewal (licence-expiry). The
 * officers' and the leadership's steps are ordinary user tasks of the task inbox.
 */
public interface LicenceLifecycleWorkflow {

	/** The message that ends a licence's expiry process when it is renewed. */
	String LICENCE_RENEWED = "licence-renewed";

	/** The message of the holder's response to a proposed measure. */
	String SANCTION_RESPONSE = "sanction-response";

	/**
	 * A section officer's draft of a suspension or revocation: opens its case and starts
	 * its process (business key = case number).
	 * @throws la.anuyat.shared.NotFoundException when the licence is not in the officer's
	 * jurisdiction
	 * @throws la.anuyat.shared.ForbiddenException when the actor is no section officer of
	 * the licence's authority and section
	 * @throws la.anuyat.shared.InvalidInputException when the draft is incomplete
	 * @throws la.anuyat.shared.ConflictException when the licence is not in force or has
	 * a measure in progress
	 */
	LicenceMeasure proposeSanction(Actor officer, String licenceNumber, SanctionDraft draft);

	/**
	 * The holder's request to cancel their licence; a section officer confirms it.
	 */
	LicenceMeasure requestCancellation(Actor applicant, String licenceNumber, String reason);

	/**
	 * The holder's response to a proposed measure, within its response period; the
	 * measure then goes to review.
	 * @throws la.anuyat.shared.ConflictException when the measure does not await a
	 * response (urgent, period over, already answered)
	 */
	LicenceMeasure respond(Actor applicant, String licenceNumber, String caseNumber, String response);

	/**
	 * Ends the licence's expiry process without expiring it: the licence was renewed.
	 * @return whether an expiry process was waiting for the licence
	 */
	boolean licenceRenewed(String licenceNumber);

}

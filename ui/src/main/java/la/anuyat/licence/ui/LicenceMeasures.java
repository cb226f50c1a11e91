package la.anuyat.licence.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.Measure;
import la.anuyat.licence.MeasureOutcome;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;

import org.springframework.stereotype.Component;

/**
 * What the views ask of a licence after its issue: where it stands, its measures, and the
 * officers' and holders' verbs, which go through the same process facade as the API.
 * Access checks stay in the services; this only chooses which one answers and which
 * actions to offer.
 */
@Component
public class LicenceMeasures {

	private final LicenceLifecycle lifecycle;

	private final LicenceLifecycleWorkflow workflow;

	private final LicenceService licences;

	private final Clock clock;

	LicenceMeasures(LicenceLifecycle lifecycle, LicenceLifecycleWorkflow workflow, LicenceService licences,
			Clock clock) {
		this.lifecycle = lifecycle;
		this.workflow = workflow;
		this.licences = licences;
		this.clock = clock;
	}

	/**
	 * The measures on a licence, newest first, for its holder and staff with
	 * jurisdiction.
	 */
	public List<LicenceMeasure> measuresOf(Actor actor, String licenceNumber) {
		return this.lifecycle.measuresOf(actor, licenceNumber);
	}

	/**
	 * The measure a case serves, when it is a measure case. The caller loaded the case
	 * through the access-checked case service.
	 */
	public Optional<LicenceMeasure> measureOfCase(String caseType, long caseId) {
		if (Arrays.stream(Measure.values()).noneMatch((measure) -> measure.caseType().equals(caseType))) {
			return Optional.empty();
		}
		return Optional.of(this.lifecycle.measureOfCase(caseId));
	}

	/**
	 * The licence, for a reader who reached it through an access-checked page (the
	 * company page, a case).
	 */
	Optional<Licence> licence(String licenceNumber) {
		return this.licences.licence(licenceNumber);
	}

	/**
	 * The last day of the licence's suspension, when it is suspended until a day; for a
	 * reader who reached it through an access-checked page.
	 */
	public Optional<LocalDate> suspendedUntil(String licenceNumber) {
		return licence(licenceNumber).map(Licence::getSuspendedUntil);
	}

	/** Where the licence stands today, as /verify says. */
	VerificationStatus standing(Licence licence) {
		return licence.verificationStatus(today());
	}

	/**
	 * Whether to offer the actor a suspension or revocation: section officers (and the
	 * ministry's officers) propose measures; the leadership decides them in review. The
	 * service checks the authority and section.
	 */
	public boolean mayPropose(Actor actor) {
		return actor != null && (actor.role() == Role.SECTION_OFFICER || actor.role() == Role.MINISTRY_OFFICER);
	}

	/**
	 * Whether a measure on the licence is in progress: one at a time, so no other verb is
	 * offered until it is decided.
	 */
	public boolean hasMeasureInProgress(Actor actor, String licenceNumber) {
		return measuresOf(actor, licenceNumber).stream()
			.anyMatch((measure) -> measure.getOutcome() == MeasureOutcome.PENDING);
	}

	/** Whether a measure can still be proposed on a licence that stands so. */
	public static boolean inForce(VerificationStatus standing) {
		return standing == VerificationStatus.VALID || standing == VerificationStatus.SUSPENDED;
	}

	LicenceMeasure propose(Actor officer, String licenceNumber, SanctionDraft draft) {
		return this.workflow.proposeSanction(officer, licenceNumber, draft);
	}

	LicenceMeasure requestCancellation(Actor applicant, String licenceNumber, String reason) {
		return this.workflow.requestCancellation(applicant, licenceNumber, reason);
	}

	LicenceMeasure respond(Actor applicant, String licenceNumber, String caseNumber, String response) {
		return this.workflow.respond(applicant, licenceNumber, caseNumber, response);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}

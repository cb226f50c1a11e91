package la.anuyat.licence.api;

import java.net.URI;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.intake.LicenceIntake;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A holder applies to renew or to amend its licence: the application is drafted from the
 * licence's latest answers, then changed, given its documents and submitted like any
 * application ({@code /api/v1/applications/{caseNumber}}).
 */
@RestController
@RequestMapping("/api/v1/licences/{licenceNumber}")
@Tag(name = "Applications", description = "Apply for a licence: create, upload documents, submit")
class LicenceChangeController {

	private final CurrentActor currentActor;

	private final LicenceIntake intake;

	LicenceChangeController(CurrentActor currentActor, LicenceIntake intake) {
		this.currentActor = currentActor;
		this.intake = intake;
	}

	@PostMapping("/renewal")
	@Operation(summary = "Draft the renewal of the caller's licence",
			description = "Within the licence type's renewal window (licence-renewal-window.dmn: days before the last "
					+ "valid day, and a grace period after it); 409 outside it, for a licence that is not active or "
					+ "expired, or while another renewal or amendment of it is open. Once decided and paid, the "
					+ "licence keeps its number, is valid from its old last day for the type's validity, and gets a "
					+ "new certificate (the earlier one then verifies as SUPERSEDED).")
	ResponseEntity<ChangeDraft> renew(@PathVariable String licenceNumber) {
		return created(this.intake.draftRenewal(this.currentActor.actor(), licenceNumber), ApplicationKind.RENEWAL,
				licenceNumber);
	}

	@PostMapping("/amendment")
	@Operation(summary = "Draft the amendment of the caller's valid licence (holder details, address, scope)",
			description = "Once decided and paid, the licence keeps its number and validity, the company's record "
					+ "takes the amended name and address, and a new certificate carries the amended answers (the "
					+ "earlier one then verifies as SUPERSEDED).")
	ResponseEntity<ChangeDraft> amend(@PathVariable String licenceNumber) {
		return created(this.intake.draftAmendment(this.currentActor.actor(), licenceNumber), ApplicationKind.AMENDMENT,
				licenceNumber);
	}

	private static ResponseEntity<ChangeDraft> created(CaseFile draft, ApplicationKind kind, String licenceNumber) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + draft.getCaseNumber()))
			.body(new ChangeDraft(draft.getCaseNumber(), draft.getStatus(), kind, licenceNumber, draft.getCreatedAt()));
	}

	record ChangeDraft(String caseNumber, CaseStatus status, ApplicationKind kind, String licenceNumber,
			LocalDateTime createdAt) {
	}

}

package la.anuyat.licence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.Measure;
import la.anuyat.licence.MeasureOutcome;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.PublicAddress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issued licences and their signed certificates, for the holder and for staff with
 * jurisdiction. Anyone else checks a licence on the public verification page instead.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences", description = "Issued licences and their signed PDF certificates")
class LicenceController {

	private final CurrentActor currentActor;

	private final LicenceService licences;

	private final PublicAddress publicAddress;

	private final LicenceLifecycleWorkflow lifecycleWorkflow;

	private final LicenceLifecycle lifecycle;

	LicenceController(CurrentActor currentActor, LicenceService licences, PublicAddress publicAddress,
			LicenceLifecycleWorkflow lifecycleWorkflow, LicenceLifecycle lifecycle) {
		this.currentActor = currentActor;
		this.licences = licences;
		this.publicAddress = publicAddress;
		this.lifecycleWorkflow = lifecycleWorkflow;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/{licenceNumber}")
	@Operation(summary = "One licence (its holder or staff with jurisdiction only)")
	LicenceDetails licence(@PathVariable String licenceNumber) {
		Actor actor = this.currentActor.actor();
		Licence licence = this.licences.licence(licenceNumber)
			.filter((found) -> mayRead(actor, found))
			.orElseThrow(() -> notFound(licenceNumber));
		return new LicenceDetails(licence.getLicenceNumber(), licence.getLicenceTypeCode(), licence.getHolderNameLo(),
				licence.getHolderNameEn(), licence.getAuthorityCode(), licence.getCaseNumber(), licence.getIssuedOn(),
				licence.getValidUntil(), licence.getStatus(), this.licences.verify(licence.getLicenceNumber()),
				this.publicAddress.link(LicenceService.verificationPath(licence.getLicenceNumber())),
				"/api/v1/licences/" + licence.getLicenceNumber() + "/certificate", licence.getSuspendedUntil(),
				licence.getStatusReasonCategory(), licence.getSupersededBy());
	}

	@PostMapping("/{licenceNumber}/sanctions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose to suspend or revoke a licence (a section officer of its authority and section)",
			description = "Opens a measure case (licence-sanction): the holder is notified and may respond within "
					+ "the period of sanction-response-days.dmn unless urgent; then review-and-decide through the task "
					+ "API. measure: suspend (with until, the last day of the suspension) or revoke; grounds in Lao "
					+ "and/or English (groundsLo, groundsEn, or grounds); category: the public reason category.")
	MeasureAnswer proposeSanction(@PathVariable String licenceNumber, @RequestBody SanctionRequest request) {
		SanctionRequest body = (request != null) ? request
				: new SanctionRequest(null, null, null, null, null, null, null);
		String groundsLo = (body.groundsLo() != null) ? body.groundsLo() : body.grounds();
		LicenceMeasure measure = this.lifecycleWorkflow.proposeSanction(this.currentActor.actor(), licenceNumber,
				new SanctionDraft(measure(body.measure()), body.until(), body.category(), groundsLo, body.groundsEn(),
						Boolean.TRUE.equals(body.urgent())));
		return MeasureAnswer.of(measure);
	}

	@PostMapping("/{licenceNumber}/cancellation")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask to cancel one's own licence (the holder's applicant)",
			description = "Opens a cancellation case; a section officer confirms it through the task API "
					+ "(userTask_confirmCancellation: confirm | refuse).")
	MeasureAnswer requestCancellation(@PathVariable String licenceNumber,
			@RequestBody(required = false) CancellationRequest request) {
		return MeasureAnswer.of(this.lifecycleWorkflow.requestCancellation(this.currentActor.actor(), licenceNumber,
				(request != null) ? request.reason() : null));
	}

	@PostMapping("/{licenceNumber}/sanctions/{caseNumber}/response")
	@Operation(summary = "Respond to a proposed measure (the holder's applicant, within the response period)")
	MeasureAnswer respond(@PathVariable String licenceNumber, @PathVariable String caseNumber,
			@RequestBody(required = false) ResponseRequest request) {
		return MeasureAnswer.of(this.lifecycleWorkflow.respond(this.currentActor.actor(), licenceNumber, caseNumber,
				(request != null) ? request.response() : null));
	}

	@GetMapping("/{licenceNumber}/measures")
	@Operation(summary = "The measures on a licence, newest first (its holder or staff with jurisdiction)")
	List<MeasureAnswer> measures(@PathVariable String licenceNumber) {
		return this.lifecycle.measuresOf(this.currentActor.actor(), licenceNumber)
			.stream()
			.map(MeasureAnswer::of)
			.toList();
	}

	private static Measure measure(String name) {
		if (name != null) {
			String wanted = name.strip().toUpperCase(Locale.ROOT);
			if (wanted.equals(Measure.SUSPEND.name()) || wanted.equals(Measure.REVOKE.name())) {
				return Measure.valueOf(wanted);
			}
		}
		LocalizedText text = LocalizedText.of("ເລືອກມາດຕະການ: suspend (ໂຈະ) ຫຼື revoke (ຖອນ)",
				"Choose the measure: suspend or revoke");
		throw new InvalidInputException("measure.invalid", text, List.of(new FieldError("measure", text)));
	}

	@GetMapping(path = "/{licenceNumber}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The licence certificate: a PDF in Lao and English, signed by the issuing authority (PAdES)")
	ResponseEntity<byte[]> certificate(@PathVariable String licenceNumber) {
		byte[] pdf = this.licences.certificatePdf(this.currentActor.actor(), licenceNumber);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(licenceNumber + ".pdf").build().toString())
			.body(pdf);
	}

	private static boolean mayRead(Actor actor, Licence licence) {
		if (actor.isApplicant()) {
			return Objects.equals(actor.companyId(), licence.getCompanyId());
		}
		return actor.hasJurisdictionOver(licence.getAuthorityCode());
	}

	private static NotFoundException notFound(String licenceNumber) {
		return new NotFoundException("licence.notFound",
				LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + licenceNumber, "No such licence: " + licenceNumber));
	}

	record LicenceDetails(String licenceNumber, String licenceType, String holderNameLo, String holderNameEn,
			String authority, String caseNumber, LocalDate issuedOn, LocalDate validUntil, LicenceStatus status,
			VerificationStatus verification, String verificationUrl, String certificateUrl, LocalDate suspendedUntil,
			StatusReason reasonCategory, String supersededBy) {
	}

	record SanctionRequest(String measure, LocalDate until, String groundsLo, String groundsEn, String grounds,
			StatusReason category, Boolean urgent) {
	}

	record CancellationRequest(String reason) {
	}

	record ResponseRequest(String response) {
	}

	/**
	 * A measure on a licence; its steps are the tasks of its case.
	 */
	record MeasureAnswer(String caseNumber, String licenceNumber, Measure measure, LocalDate suspendUntil,
			StatusReason category, boolean urgent, LocalDate respondBy, boolean responded, MeasureOutcome outcome,
			String caseUrl) {

		static MeasureAnswer of(LicenceMeasure measure) {
			return new MeasureAnswer(measure.getCaseNumber(), measure.getLicenceNumber(), measure.getMeasure(),
					measure.getSuspendUntil(), measure.getReasonCategory(), measure.isUrgent(), measure.getRespondBy(),
					measure.getResponse() != null, measure.getOutcome(), "/api/v1/cases/" + measure.getCaseNumber());
		}

	}

}

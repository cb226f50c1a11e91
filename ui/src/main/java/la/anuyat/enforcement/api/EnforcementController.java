package la.anuyat.enforcement.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.EnforcementMeasure;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.enforcement.MeasureProposal;
import la.anuyat.enforcement.SeizedItem;
import la.anuyat.enforcement.SeizedItemStatus;
import la.anuyat.enforcement.WrittenRecord;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.CurrentActor;

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
 * Enforcement cases for staff with jurisdiction: open one, then each step in the order of
 * the enforcement process (a step out of order is 409). Going on without a warning, the
 * review and the follow-up are tasks like any other (`/api/v1/tasks`).
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement",
		description = "Warning → written record → measure (suggested by enforcement-ladder.dmn, decided by "
				+ "review-and-decide) → fine, licence sanction or seizure → follow-up")
class EnforcementController {

	private final CurrentActor currentActor;

	private final Enforcements enforcements;

	private final EnforcementWorkflow workflow;

	EnforcementController(CurrentActor currentActor, Enforcements enforcements, EnforcementWorkflow workflow) {
		this.currentActor = currentActor;
		this.enforcements = enforcements;
		this.workflow = workflow;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an enforcement case (section officers and leadership, within their jurisdiction)",
			description = "Body: origin (COMPLAINT | INSPECTION | OFFICER), originReference (the case it comes from), "
					+ "authorityCode (default: the caller's), companyId, licenceNumber (optional; the company's), "
					+ "violation. 400 with each field's reason, 403 outside the jurisdiction.")
	EnforcementAnswer open(@RequestBody(required = false) OpenRequest body) {
		OpenRequest given = (body != null) ? body : new OpenRequest(null, null, null, null, null, null);
		return EnforcementAnswer.of(this.workflow.open(this.currentActor.actor(),
				new EnforcementDraft(given.origin(), given.originReference(), given.authorityCode(), given.companyId(),
						given.licenceNumber(), given.violation())));
	}

	@GetMapping("/{caseNumber}")
	@Operation(summary = "An enforcement case: its steps so far, the ladder's suggestion and the seized items",
			description = "Staff with jurisdiction and the company concerned; 404 for anyone else.")
	EnforcementAnswer enforcement(@PathVariable String caseNumber) {
		return EnforcementAnswer.of(this.enforcements.enforcement(this.currentActor.actor(), caseNumber));
	}

	@PostMapping("/{caseNumber}/warning")
	@Operation(summary = "Issue the warning (its step must be open)", description = "Body: text. 409 out of order.")
	EnforcementAnswer warn(@PathVariable String caseNumber, @RequestBody(required = false) TextRequest body) {
		return EnforcementAnswer
			.of(this.workflow.warn(this.currentActor.actor(), caseNumber, (body != null) ? body.text() : null));
	}

	@GetMapping(path = "/{caseNumber}/warning.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The warning letter, in Lao and English, signed by the authority")
	ResponseEntity<byte[]> warningLetter(@PathVariable String caseNumber) {
		return pdf(this.enforcements.warningLetter(this.currentActor.actor(), caseNumber), caseNumber + "-warning.pdf");
	}

	@PostMapping("/{caseNumber}/record")
	@Operation(summary = "Make the written record (its step must be open)",
			description = "Body: findings, place, present (who was present), representative (optional).")
	EnforcementAnswer record(@PathVariable String caseNumber, @RequestBody(required = false) WrittenRecord body) {
		return EnforcementAnswer.of(this.workflow.record(this.currentActor.actor(), caseNumber, body));
	}

	@GetMapping(path = "/{caseNumber}/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The written record, in Lao and English, signed by the authority")
	ResponseEntity<byte[]> writtenRecord(@PathVariable String caseNumber) {
		return pdf(this.enforcements.writtenRecord(this.currentActor.actor(), caseNumber), caseNumber + "-record.pdf");
	}

	@PostMapping("/{caseNumber}/measure")
	@Operation(summary = "Propose the measure for review (its step must be open)",
			description = "Body: measure (NONE | FINE | SUSPEND | REVOKE | SEIZURE), fineKip (a fine), suspendUntil "
					+ "(YYYY-MM-DD, a suspension), grounds, items (a seizure: description, model, quantity, heldAt).")
	EnforcementAnswer propose(@PathVariable String caseNumber, @RequestBody(required = false) MeasureProposal body) {
		return EnforcementAnswer.of(this.workflow.propose(this.currentActor.actor(), caseNumber, body));
	}

	@PostMapping("/{caseNumber}/seized-items/{itemId}/release")
	@Operation(summary = "Release seized items to their owner", description = "Body: text (why). 409 when settled.")
	EnforcementAnswer release(@PathVariable String caseNumber, @PathVariable long itemId,
			@RequestBody(required = false) TextRequest body) {
		return EnforcementAnswer.of(this.workflow.dispose(this.currentActor.actor(), caseNumber, itemId,
				SeizedItemStatus.RELEASED, (body != null) ? body.text() : null));
	}

	@PostMapping("/{caseNumber}/seized-items/{itemId}/destroy")
	@Operation(summary = "Record the destruction of seized items",
			description = "Body: text (how, before whom). 409 when settled.")
	EnforcementAnswer destroy(@PathVariable String caseNumber, @PathVariable long itemId,
			@RequestBody(required = false) TextRequest body) {
		return EnforcementAnswer.of(this.workflow.dispose(this.currentActor.actor(), caseNumber, itemId,
				SeizedItemStatus.DESTROYED, (body != null) ? body.text() : null));
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	record OpenRequest(EnforcementOrigin origin, String originReference, String authorityCode, Long companyId,
			String licenceNumber, String violation) {
	}

	record TextRequest(String text) {
	}

	record ItemAnswer(long id, String description, String model, int quantity, String heldAt, SeizedItemStatus status,
			String disposedBy, LocalDateTime disposedAt, String disposalNote) {

		static ItemAnswer of(SeizedItem item) {
			return new ItemAnswer(item.getId(), item.getDescription(), item.getModel(), item.getQuantity(),
					item.getHeldAt(), item.getStatus(), item.getDisposedBy(), item.getDisposedAt(),
					item.getDisposalNote());
		}

	}

	record EnforcementAnswer(String caseNumber, EnforcementOrigin origin, String originReference, long companyId,
			String licenceNumber, String violation, String warning, LocalDateTime warnedAt, String warningPdf,
			String findings, LocalDateTime recordedAt, String recordPdf, Integer priorViolations,
			EnforcementMeasure suggestedMeasure, Long suggestedFineKip, EnforcementMeasure measure, Long fineKip,
			LocalDate suspendUntil, String grounds, String invoiceNumber, String sanctionCaseNumber,
			List<ItemAnswer> seizedItems, String followUp) {

		static EnforcementAnswer of(EnforcementCase e) {
			String base = "/api/v1/enforcement/" + e.getCaseNumber();
			return new EnforcementAnswer(e.getCaseNumber(), e.getOrigin(), e.getOriginReference(), e.getCompanyId(),
					e.getLicenceNumber(), e.getViolation(), e.getWarningText(), e.getWarnedAt(),
					e.isWarned() ? base + "/warning.pdf" : null, e.getRecordFindings(), e.getRecordedAt(),
					e.isRecorded() ? base + "/record.pdf" : null, e.getPriorViolations(), e.getSuggestedMeasure(),
					e.getSuggestedFineKip(), e.getMeasure(), e.getFineKip(), e.getSuspendUntil(), e.getMeasureGrounds(),
					e.getInvoiceNumber(), e.getSanctionCaseNumber(),
					e.getSeizedItems().stream().map(ItemAnswer::of).toList(), e.getFollowUp());
		}

	}

}

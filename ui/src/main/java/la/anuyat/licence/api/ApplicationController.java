package la.anuyat.licence.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.intake.DocumentChecklistState;
import la.anuyat.licence.intake.LicenceIntake;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.StoredDocument;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An applicant's side of an application: create it from the filled-in form, upload the
 * documents, submit it for review.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Apply for a licence: create, upload documents, submit")
class ApplicationController {

	private final CurrentActor currentActor;

	private final LicenceIntake intake;

	ApplicationController(CurrentActor currentActor, LicenceIntake intake) {
		this.currentActor = currentActor;
		this.intake = intake;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an application (a draft case) from the filled-in form",
			description = "The form data are validated against the licence type's form definition; errors come back "
					+ "as a 400 problem with `errors: [{field, message, messageLo, messageEn}]`.")
	ResponseEntity<ApplicationState> create(@RequestBody NewApplication application) {
		CaseFile draft = this.intake.draft(this.currentActor.actor(), application.licenceType(), application.province(),
				application.form());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + draft.getCaseNumber()))
			.body(ApplicationState.of(draft));
	}

	@PutMapping(path = "/{caseNumber}/form", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace the form data of a draft (a new application, a renewal or an amendment)",
			description = "Validated as on creation (400 with the field errors); 409 once the application is submitted. "
					+ "Licence type and province stay those of the draft.")
	ApplicationState updateForm(@PathVariable String caseNumber, @RequestBody ObjectNode form) {
		return ApplicationState.of(this.intake.update(this.currentActor.actor(), caseNumber, form));
	}

	@PostMapping(path = "/{caseNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a document of the application",
			description = "Accepted: PDF, JPEG, PNG, DOCX, recognised from the content (not the file name), up to "
					+ "the configured size (413 above it). `documentType` must be one of the licence type's document "
					+ "checklist (400 with the allowed types); the file name is kept in Unicode NFC without folders, at "
					+ "most 255 characters, and refused when it holds control or text direction characters.")
	ResponseEntity<DocumentStoredAnswer> upload(@PathVariable String caseNumber,
			@RequestParam("file") MultipartFile file, @RequestParam("documentType") String documentType)
			throws IOException {
		StoredDocument stored = this.intake.attach(this.currentActor.actor(), caseNumber, documentType,
				file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseNumber + "/documents/" + stored.getId()))
			.body(new DocumentStoredAnswer(stored.getId(), stored.getDocumentType(), stored.getFileName(),
					stored.getMediaType(), stored.getSizeBytes(), stored.getSha256()));
	}

	@GetMapping("/{caseNumber}/documents")
	@Operation(summary = "The documents uploaded for the application")
	List<DocumentSummary> documents(@PathVariable String caseNumber) {
		return this.intake.documents(this.currentActor.actor(), caseNumber);
	}

	@GetMapping("/{caseNumber}/checklist")
	@Operation(summary = "The application's document checklist: what is uploaded, what is still missing",
			description = "Every document type of the licence type's checklist, in its order, with `required` and the "
					+ "latest upload of that type (`documentId`, `fileName`; null while none is uploaded). "
					+ "`complete` is false while a required document is missing: submitting is refused then.")
	ChecklistAnswer checklist(@PathVariable String caseNumber, Locale locale) {
		return ChecklistAnswer.of(this.intake.checklist(this.currentActor.actor(), caseNumber), locale);
	}

	@PostMapping("/{caseNumber}/submit")
	@Operation(summary = "Submit the application for review by the competent authority",
			description = "Refused with 409 `application.documentsMissing` while required documents of the checklist "
					+ "are not uploaded; `missingDocuments` lists them in Lao and English.")
	ApplicationState submit(@PathVariable String caseNumber) {
		return ApplicationState.of(this.intake.submit(this.currentActor.actor(), caseNumber));
	}

	/**
	 * A new application: the licence type, the province where the business operates, and
	 * the filled-in form (keys as in the form definition).
	 */
	record NewApplication(String licenceType, String province, ObjectNode form) {
	}

	record ApplicationState(String caseNumber, CaseStatus status, LocalDateTime due) {

		static ApplicationState of(CaseFile caseFile) {
			return new ApplicationState(caseFile.getCaseNumber(), caseFile.getStatus(), caseFile.getDueDate());
		}

	}

	record ChecklistAnswer(String caseNumber, boolean complete, List<ChecklistItem> documents) {

		static ChecklistAnswer of(DocumentChecklistState state, Locale locale) {
			return new ChecklistAnswer(state.caseNumber(), state.complete(),
					state.entries()
						.stream()
						.map((entry) -> new ChecklistItem(entry.document().type(), entry.document().name().in(locale),
								entry.document().name().lo(), entry.document().name().en(), entry.document().required(),
								entry.present() ? entry.uploaded().id() : null,
								entry.present() ? entry.uploaded().fileName() : null))
						.toList());
		}

	}

	record ChecklistItem(String type, String name, String nameLo, String nameEn, boolean required, Long documentId,
			String fileName) {
	}

	record DocumentStoredAnswer(long documentId, String documentType, String fileName, String mediaType, long sizeBytes,
			String sha256) {
	}

}

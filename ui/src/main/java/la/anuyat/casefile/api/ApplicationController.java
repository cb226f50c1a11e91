package la.anuyat.casefile.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.access.CurrentActor;
import la.anuyat.authority.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.StoredDocument;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormValidator;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	private static final String LICENCE_TYPE_FIELD = "licenceType";

	private static final String PROVINCE_FIELD = "province";

	private final CurrentActor currentActor;

	private final CaseFileService cases;

	private final CaseWorkflow workflow;

	private final LicenceService licences;

	private final FormCatalogue forms;

	private final FormValidator validator;

	private final DocumentService documents;

	private final ObjectMapper objectMapper;

	ApplicationController(CurrentActor currentActor, CaseFileService cases, CaseWorkflow workflow,
			LicenceService licences, FormCatalogue forms, FormValidator validator, DocumentService documents,
			ObjectMapper objectMapper) {
		this.currentActor = currentActor;
		this.cases = cases;
		this.workflow = workflow;
		this.licences = licences;
		this.forms = forms;
		this.validator = validator;
		this.documents = documents;
		this.objectMapper = objectMapper;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an application (a draft case) from the filled-in form",
			description = "The form data are validated against the licence type's form definition; errors come back "
					+ "as a 400 problem with `errors: [{field, message, messageLo, messageEn}]`.")
	ResponseEntity<ApplicationState> create(@RequestBody NewApplication application) throws JsonProcessingException {
		Actor actor = this.currentActor.actor();
		LicenceType type = licenceTypeOf(application);
		ObjectNode form = (application.form() != null) ? application.form().deepCopy()
				: this.objectMapper.createObjectNode();
		FormDefinition definition = this.forms.formFor(type.getCode());
		List<FieldError> errors = new ArrayList<>(
				alignTopLevelFields(definition, form, type.getCode(), application.province()));
		errors.addAll(this.validator.validate(definition, form));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("application.invalid",
					LocalizedText.of("ແບບຟອມຄຳຮ້ອງມີຂໍ້ຜິດພາດ, ກະລຸນາແກ້ໄຂຊ່ອງທີ່ລະບຸ",
							"The application form has errors; please correct the fields listed"),
					errors);
		}
		String province = form.hasNonNull(PROVINCE_FIELD) ? form.path(PROVINCE_FIELD).asText() : application.province();
		CaseFile draft = this.cases.createDraft(actor, type.getCode(), province,
				this.objectMapper.writeValueAsString(form));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + draft.getCaseNumber()))
			.body(ApplicationState.of(draft));
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
		Actor actor = this.currentActor.actor();
		CaseFile caseFile = this.cases.caseByNumber(actor, caseNumber);
		StoredDocument stored = this.documents.store(actor, caseFile.getId(), documentType, file.getOriginalFilename(),
				file.getBytes());
		return ResponseEntity
			.created(URI.create("/api/v1/cases/" + caseFile.getCaseNumber() + "/documents/" + stored.getId()))
			.body(new DocumentStoredAnswer(stored.getId(), stored.getDocumentType(), stored.getFileName(),
					stored.getMediaType(), stored.getSizeBytes(), stored.getSha256()));
	}

	@GetMapping("/{caseNumber}/documents")
	@Operation(summary = "The documents uploaded for the application")
	List<DocumentSummary> documents(@PathVariable String caseNumber) {
		CaseFile caseFile = this.cases.caseByNumber(this.currentActor.actor(), caseNumber);
		return this.documents.documentsOf(caseFile.getId());
	}

	@PostMapping("/{caseNumber}/submit")
	@Operation(summary = "Submit the application for review by the competent authority",
			description = "Refused with 409 `application.documentsMissing` while required documents of the checklist "
					+ "are not uploaded; `missingDocuments` lists them in Lao and English.")
	ApplicationState submit(@PathVariable String caseNumber) {
		return ApplicationState.of(this.workflow.submit(this.currentActor.actor(), caseNumber));
	}

	private LicenceType licenceTypeOf(NewApplication application) {
		String code = application.licenceType();
		if (code == null || code.isBlank()) {
			throw invalid(LICENCE_TYPE_FIELD, LocalizedText.of("ກະລຸນາເລືອກປະເພດໃບອະນຸຍາດ", "Choose a licence type"));
		}
		try {
			return this.licences.licenceType(code);
		}
		catch (NotFoundException ex) {
			throw invalid(LICENCE_TYPE_FIELD, ex.text());
		}
	}

	/**
	 * A form may carry licence type and province too (the applicant chooses them in it);
	 * the request's top-level values fill them in when missing and must agree with them
	 * when present. A form without such a field is left alone.
	 */
	private static List<FieldError> alignTopLevelFields(FormDefinition definition, ObjectNode form, String licenceType,
			String province) {
		List<FieldError> errors = new ArrayList<>();
		if (definition.field(LICENCE_TYPE_FIELD).isPresent()) {
			align(form, LICENCE_TYPE_FIELD, licenceType, errors);
		}
		if (definition.field(PROVINCE_FIELD).isPresent()) {
			align(form, PROVINCE_FIELD, province, errors);
		}
		return errors;
	}

	private static void align(ObjectNode form, String field, String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return;
		}
		JsonNode inForm = form.get(field);
		if (inForm == null || inForm.isNull() || inForm.asText().isBlank()) {
			form.put(field, value);
		}
		else if (!inForm.asText().equals(value)) {
			errors.add(new FieldError(field, LocalizedText.of("ຄ່າໃນແບບຟອມບໍ່ກົງກັບ " + field + " ຂອງຄຳຮ້ອງ",
					"The form's value differs from the request's " + field)));
		}
	}

	private static InvalidInputException invalid(String field, LocalizedText message) {
		return new InvalidInputException("application.invalid", message, List.of(new FieldError(field, message)));
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

	record DocumentStoredAnswer(long documentId, String documentType, String fileName, String mediaType, long sizeBytes,
			String sha256) {
	}

}

package la.anuyat.licence.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.identity.Actor;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.StoredDocument;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceChanges;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormValidator;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for a licence: draft the application from its filled-in form, change the
 * draft, attach the documents, see the document checklist, submit. The REST API and the
 * wizard both come here, so that an application is accepted or refused by the same rules
 * whichever way it arrives.
 * <p>
 * It lives in the ui module, next to both callers, because it joins the forms
 * (validation), the documents and the workflow facade, and the processes module is kept
 * to the engine and its facade.
 */
@Service
@Transactional
public class LicenceIntake {

	/** Form keys that the application also carries outside the form. */
	public static final String LICENCE_TYPE_FIELD = "licenceType";

	public static final String PROVINCE_FIELD = "province";

	private final CaseFileService cases;

	private final CaseWorkflow workflow;

	private final LicenceService licences;

	private final FormCatalogue forms;

	private final FormValidator validator;

	private final CaseDocuments documents;

	private final ObjectMapper json;

	private final LicenceChanges changes;

	private final LicenceApplications applications;

	LicenceIntake(CaseFileService cases, CaseWorkflow workflow, LicenceService licences, FormCatalogue forms,
			FormValidator validator, CaseDocuments documents, ObjectMapper json, LicenceChanges changes,
			LicenceApplications applications) {
		this.applications = applications;
		this.changes = changes;
		this.cases = cases;
		this.workflow = workflow;
		this.licences = licences;
		this.forms = forms;
		this.validator = validator;
		this.documents = documents;
		this.json = json;
	}

	/**
	 * The licence types open for application: active ones that have an application form,
	 * in catalogue order.
	 */
	@Transactional(readOnly = true)
	public List<LicenceType> licenceTypes() {
		return this.licences.licenceTypes()
			.stream()
			.filter(LicenceType::isActive)
			.filter((type) -> type.getFormKey() != null && this.forms.form(type.getFormKey()).isPresent())
			.toList();
	}

	/**
	 * The application form of a licence type.
	 * @throws NotFoundException when no form serves the type
	 */
	public FormDefinition formFor(String licenceTypeCode) {
		return this.forms.formFor(licenceTypeCode);
	}

	/**
	 * Drafts an application whose form names its province (the form's {@code province}
	 * field).
	 * @see #draft(Actor, String, String, ObjectNode)
	 */
	public CaseFile draft(Actor applicant, String licenceTypeCode, ObjectNode formData) {
		return draft(applicant, licenceTypeCode, null, formData);
	}

	/**
	 * Drafts an application: the form data are checked against the licence type's form
	 * definition, and nothing is stored unless they pass. Licence type and province are
	 * chosen before the form is filled in; when the form asks for them too, a missing
	 * answer is filled in from them and a different answer is refused.
	 * @param provinceCode the province where the business operates, or {@code null} to
	 * take it from the form
	 * @return the draft case
	 * @throws InvalidInputException {@code application.invalid} with the field errors, or
	 * {@code case.invalid} for an inactive licence type or an unknown province
	 */
	public CaseFile draft(Actor applicant, String licenceTypeCode, String provinceCode, ObjectNode formData) {
		LicenceType type = licenceTypeOf(licenceTypeCode);
		FormDefinition definition = this.forms.formFor(type.getCode());
		ObjectNode form = copyOf(formData);
		List<FieldError> errors = new ArrayList<>();
		align(definition, form, LICENCE_TYPE_FIELD, type.getCode(), errors);
		align(definition, form, PROVINCE_FIELD, provinceCode, errors);
		requireValid(definition, form, errors);
		String province = form.path(PROVINCE_FIELD).asText("");
		if (province.isBlank() && provinceCode != null) {
			province = provinceCode;
		}
		// the case file refuses inactive licence types and unknown provinces itself
		return this.applications.draftNew(applicant, type.getCode(), province, write(form));
	}

	/**
	 * Drafts the renewal of a licence the applicant's company holds, within its renewal
	 * window: the answers of its latest application carried over, for the applicant to
	 * check, change and submit as any draft.
	 * @throws la.anuyat.shared.ConflictException {@code licence.renewalNotOpen},
	 * {@code licence.notRenewable} or {@code licence.changeInProgress}
	 */
	public CaseFile draftRenewal(Actor applicant, String licenceNumber) {
		return draftAbout(applicant, this.changes.renewable(applicant, licenceNumber), ApplicationKind.RENEWAL);
	}

	/**
	 * Drafts the amendment of a valid licence the applicant's company holds (holder
	 * details, address, scope): its latest answers carried over, to be changed.
	 */
	public CaseFile draftAmendment(Actor applicant, String licenceNumber) {
		return draftAbout(applicant, this.changes.amendable(applicant, licenceNumber), ApplicationKind.AMENDMENT);
	}

	private CaseFile draftAbout(Actor applicant, Licence licence, ApplicationKind kind) {
		CaseFile latest = this.changes.latestApplicationOf(licence);
		return this.applications.draftAbout(applicant, licence, latest.getProvinceCode(), latest.getFormData(), kind);
	}

	/**
	 * Replaces the form data of the applicant's draft, checked as {@link #draft} checks
	 * them; licence type and province stay those of the draft.
	 * @throws ConflictException {@code case.notDraft} once the application is submitted
	 */
	public CaseFile update(Actor applicant, String caseNumber, ObjectNode formData) {
		CaseFile caseFile = this.cases.caseByNumber(applicant, caseNumber);
		if (caseFile.getStatus() != CaseStatus.DRAFT) {
			throw new ConflictException("case.notDraft",
					LocalizedText.of(
							"ແກ້ໄຂແບບຟອມໄດ້ແຕ່ຄຳຮ້ອງທີ່ຍັງບໍ່ທັນຍື່ນ; ຄຳຮ້ອງ " + caseNumber + " ຢູ່ໃນສະຖານະ \""
									+ caseFile.getStatus().label().lo() + "\"",
							"Only a draft's form can be changed; case " + caseNumber + " is \""
									+ caseFile.getStatus().label().en() + "\""));
		}
		FormDefinition definition = this.forms.formFor(caseFile.getCaseType());
		ObjectNode form = copyOf(formData);
		List<FieldError> errors = new ArrayList<>();
		align(definition, form, LICENCE_TYPE_FIELD, caseFile.getCaseType(), errors);
		align(definition, form, PROVINCE_FIELD, caseFile.getProvinceCode(), errors);
		requireValid(definition, form, errors);
		return this.cases.updateFormData(applicant, caseNumber, write(form));
	}

	/**
	 * Stores a document of the application. The document service applies its rules: the
	 * case must still take uploads, the type must be on the case type's checklist, the
	 * file must be an accepted kind and size with a safe name.
	 */
	public StoredDocument attach(Actor actor, String caseNumber, String documentType, String fileName, byte[] content) {
		CaseFile caseFile = this.cases.caseByNumber(actor, caseNumber);
		return this.documents.store(actor, caseFile.getId(), documentType, fileName, content);
	}

	/**
	 * The documents uploaded for the application, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(Actor actor, String caseNumber) {
		return this.documents.documentsOf(this.cases.caseByNumber(actor, caseNumber).getId());
	}

	/**
	 * The application's document checklist: each document of its case type with the
	 * latest upload of that type, and the required ones still missing (the rule that
	 * {@link #submit} applies).
	 */
	@Transactional(readOnly = true)
	public DocumentChecklistState checklist(Actor actor, String caseNumber) {
		CaseFile caseFile = this.cases.caseByNumber(actor, caseNumber);
		Map<String, DocumentSummary> latest = new LinkedHashMap<>();
		// a later file of a type replaces a wrong one
		this.documents.documentsOf(caseFile.getId())
			.forEach((document) -> latest.put(document.documentType(), document));
		List<DocumentChecklistState.Entry> entries = this.documents.checklistOf(caseFile)
			.stream()
			.map((document) -> new DocumentChecklistState.Entry(document, latest.get(document.type())))
			.toList();
		return new DocumentChecklistState(caseFile.getCaseNumber(), entries,
				this.documents.missingDocuments(caseFile.getId()));
	}

	/**
	 * Submits the applicant's draft and starts its process. Refused with
	 * {@code application.documentsMissing} (409) while required documents are missing:
	 * the case file applies that rule on submission, before the workflow starts.
	 */
	public CaseFile submit(Actor applicant, String caseNumber) {
		return this.workflow.submit(applicant, caseNumber);
	}

	private LicenceType licenceTypeOf(String code) {
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

	private void requireValid(FormDefinition definition, ObjectNode form, List<FieldError> errors) {
		errors.addAll(this.validator.validate(definition, form));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("application.invalid",
					LocalizedText.of("ແບບຟອມຄຳຮ້ອງມີຂໍ້ຜິດພາດ, ກະລຸນາແກ້ໄຂຊ່ອງທີ່ລະບຸ",
							"The application form has errors; please correct the fields listed"),
					errors);
		}
	}

	/**
	 * A value the application carries outside its form fills the form's field when that
	 * is empty and must agree with it otherwise. A form that does not ask for it keeps it
	 * outside (the form would refuse the key).
	 */
	private static void align(FormDefinition definition, ObjectNode form, String field, String value,
			List<FieldError> errors) {
		if (value == null || value.isBlank() || definition.field(field).isEmpty()) {
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

	private ObjectNode copyOf(ObjectNode formData) {
		return (formData != null) ? formData.deepCopy() : this.json.createObjectNode();
	}

	private String write(ObjectNode form) {
		try {
			return this.json.writeValueAsString(form);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Form data cannot be written as JSON", ex);
		}
	}

	private static InvalidInputException invalid(String field, LocalizedText message) {
		return new InvalidInputException("application.invalid", message, List.of(new FieldError(field, message)));
	}

}

package la.anuyat.licence.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.casefile.ui.DocumentList;
import la.anuyat.app.ui.Uploads;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.intake.DocumentChecklistState;
import la.anuyat.licence.intake.LicenceIntake;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.DocumentsMissingException;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import la.anuyat.party.Company;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.FieldError;

/**
 * The new-application wizard: (1) licence type and province, (2) the application form
 * rendered from its definition, (3) the required documents, (4) review and submit. The
 * draft case is created when the form is first accepted, so that uploads attach to it and
 * an interrupted application can be resumed from "my applications".
 */
@Route(value = "new-application/:caseNumber?", layout = MainLayout.class)
@RolesAllowed("APPLICANT")
class NewApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Form keys that the first step already answers. */
	static final String LICENCE_TYPE_KEY = "licenceType";

	static final String PROVINCE_KEY = "province";

	/** The refusal code of form data that break the form's rules. */
	private static final String FORM_ERRORS = "application.invalid";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ApplicantDesk desk;

	private final LicenceIntake intake;

	private final CurrentActor currentActor;

	private final OrderedList steps = new OrderedList();

	private final Div content = new Div();

	private final Button back = new Button();

	private final Button next = new Button();

	private final Button submit = new Button();

	private final ComboBox<LicenceType> licenceType = new ComboBox<>();

	private final ComboBox<Authority> province = new ComboBox<>();

	private final Div typeStep = new Div();

	private final Div formStep = new Div();

	private final Div documentsStep = new Div();

	private final Div reviewStep = new Div();

	private Actor applicant;

	private int step = 1;

	private FormDefinition form;

	private FormRenderer renderer;

	private String formForType;

	private CaseFile draft;

	private ObjectNode data;

	NewApplicationView(ApplicantDesk desk, LicenceIntake intake, CurrentActor currentActor) {
		this.desk = desk;
		this.intake = intake;
		this.currentActor = currentActor;
		addClassName("page");
		addClassName("wizard");

		this.steps.addClassName("wizard-steps");
		this.steps.setId("wizard-steps");
		for (String key : List.of("wizard.step1", "wizard.step2", "wizard.step3", "wizard.step4")) {
			this.steps.add(new ListItem(getTranslation(key)));
		}

		this.licenceType.setId("wizard-licence-type");
		this.licenceType.setLabel(getTranslation("wizard.licenceType"));
		this.licenceType.setItemLabelGenerator((type) -> UserMessages.pick(type.getNameLo(), type.getNameEn()));
		this.licenceType.setRequiredIndicatorVisible(true);
		this.licenceType.setWidthFull();
		this.licenceType.setMaxWidth("40em");
		this.province.setId("wizard-province");
		this.province.setLabel(getTranslation("wizard.province"));
		this.province.setItemLabelGenerator(
				(authority) -> UserMessages.pick(authority.getProvinceNameLo(), authority.getProvinceNameEn()));
		this.province.setRequiredIndicatorVisible(true);
		FormLayout choose = new FormLayout(this.licenceType, this.province);
		choose.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		this.typeStep.add(new Paragraph(getTranslation("wizard.step1.intro")), choose);

		this.back.setText(getTranslation("wizard.back"));
		this.back.setIcon(VaadinIcon.ARROW_LEFT.create());
		this.back.setId("wizard-back");
		this.back.addClickListener((event) -> go(this.step - 1));
		this.next.setText(getTranslation("wizard.next"));
		this.next.setIcon(VaadinIcon.ARROW_RIGHT.create());
		this.next.setIconAfterText(true);
		this.next.setId("wizard-next");
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.next.addClickListener((event) -> forward());
		this.submit.setText(getTranslation("wizard.submit"));
		this.submit.setIcon(VaadinIcon.PAPERPLANE.create());
		this.submit.setId("wizard-submit");
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
		this.submit.addClickListener((event) -> submitApplication());

		this.content.setWidthFull();
		this.content.setId("wizard-content");
		HorizontalLayout buttons = new HorizontalLayout(this.back, this.next, this.submit);
		buttons.addClassName("wizard-buttons");
		add(new H1(getTranslation("wizard.title")), this.steps, this.content, buttons);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// Vaadin reuses this view when the applicant starts another application from
		// here.
		this.draft = null;
		this.data = null;
		this.renderer = null;
		this.formForType = null;
		this.licenceType.clear();
		this.province.clear();
		this.applicant = this.currentActor.actor();
		this.licenceType.setItems(this.intake.licenceTypes());
		List<Authority> provinces = this.desk.provinces();
		this.province.setItems(provinces);
		Optional<String> resume = event.getRouteParameters().get("caseNumber");
		if (resume.isPresent()) {
			CaseFile existing = this.desk.myCase(this.applicant, resume.get());
			if (existing.getStatus() != CaseStatus.DRAFT) {
				event.forwardTo("my-applications/" + existing.getCaseNumber());
				return;
			}
			this.draft = existing;
			this.licenceType.setValue(this.desk.licenceTypesByCode().get(existing.getCaseType()));
			provinces.stream()
				.filter((authority) -> authority.getCode().equals(existing.getProvinceCode()))
				.findFirst()
				.ifPresent(this.province::setValue);
			this.data = parse(existing.getFormData());
			go(2);
			return;
		}
		this.desk.company(this.applicant)
			.flatMap((company) -> provinces.stream()
				.filter((authority) -> authority.getCode().equals(company.getProvinceCode()))
				.findFirst())
			.ifPresent(this.province::setValue);
		go(1);
	}

	private void forward() {
		switch (this.step) {
			case 1 -> leaveTypeStep();
			case 2 -> leaveFormStep();
			case 3 -> leaveDocumentsStep();
			default -> {
			}
		}
	}

	private void leaveTypeStep() {
		boolean ok = true;
		this.licenceType.setInvalid(false);
		this.province.setInvalid(false);
		if (this.licenceType.getValue() == null) {
			this.licenceType.setErrorMessage(getTranslation("wizard.required"));
			this.licenceType.setInvalid(true);
			ok = false;
		}
		if (this.province.getValue() == null) {
			this.province.setErrorMessage(getTranslation("wizard.required"));
			this.province.setInvalid(true);
			ok = false;
		}
		if (ok) {
			go(2);
		}
	}

	private void leaveFormStep() {
		ObjectNode entered = this.renderer.value();
		try {
			this.draft = (this.draft == null)
					? this.intake.draft(this.applicant, this.licenceType.getValue().getCode(),
							this.province.getValue().getCode(), entered)
					: this.intake.update(this.applicant, this.draft.getCaseNumber(), entered);
		}
		catch (InvalidInputException invalid) {
			List<FieldError> elsewhere = this.renderer.showErrors(invalid.fieldErrors());
			if (!FORM_ERRORS.equals(invalid.code())) {
				this.data = entered;
				UserMessages.error(invalid);
			}
			else if (!elsewhere.isEmpty()) {
				UserMessages.error(elsewhere.get(0).message());
			}
			else {
				UserMessages.errorMessage(getTranslation("wizard.fixErrors"));
			}
			return;
		}
		catch (DomainException refusal) {
			this.data = entered;
			UserMessages.error(refusal);
			return;
		}
		this.data = entered;
		go(3);
	}

	private void leaveDocumentsStep() {
		// the same rule that refuses the submission (and the API's)
		DocumentChecklistState checklist = this.intake.checklist(this.applicant, this.draft.getCaseNumber());
		if (!checklist.complete()) {
			UserMessages.error(new DocumentsMissingException(checklist.missing()));
			return;
		}
		go(4);
	}

	private void go(int target) {
		this.step = Math.max(1, Math.min(4, target));
		this.content.removeAll();
		switch (this.step) {
			case 1 -> {
				boolean locked = this.draft != null;
				this.licenceType.setReadOnly(locked);
				this.province.setReadOnly(locked);
				this.content.add(this.typeStep);
			}
			case 2 -> showFormStep();
			case 3 -> showDocumentsStep();
			default -> showReviewStep();
		}
		List<Component> items = this.steps.getChildren().toList();
		for (int i = 0; i < items.size(); i++) {
			items.get(i).getElement().getClassList().set("current", i + 1 == this.step);
			items.get(i).getElement().getClassList().set("done", i + 1 < this.step);
		}
		this.back.setVisible(this.step > 1);
		this.next.setVisible(this.step < 4);
		this.submit.setVisible(this.step == 4);
	}

	private void showFormStep() {
		String typeCode = this.licenceType.getValue().getCode();
		if (this.renderer == null || !typeCode.equals(this.formForType)) {
			this.form = this.intake.formFor(typeCode);
			this.formForType = typeCode;
			this.renderer = new FormRenderer(this.form);
			this.formStep.removeAll();
			this.formStep.add(new Paragraph(getTranslation("wizard.step2.intro")), this.renderer.editor());
			if (this.data != null) {
				this.renderer.setValue(this.data);
			}
			else {
				this.desk.company(this.applicant).ifPresent(this::fillFromCompany);
			}
		}
		this.renderer.preset(LICENCE_TYPE_KEY, typeCode, true);
		this.renderer.preset(PROVINCE_KEY, this.province.getValue().getCode(), true);
		this.content.add(this.formStep);
	}

	/**
	 * The form asks again what the sign-up already said about the company: fill in the
	 * fields that name a company fact in their {@code prefill} property.
	 */
	private void fillFromCompany(Company company) {
		Map<String, String> known = new LinkedHashMap<>();
		known.put("company.nameLo", company.getNameLo());
		known.put("company.nameEn", company.getNameEn());
		known.put("company.registrationNumber", company.getRegistrationNumber());
		known.put("company.taxNumber", company.getTaxNumber());
		known.put("company.address", company.getAddress());
		known.put("company.contactName", company.getContactName());
		known.put("company.phone", company.getPhone());
		known.put("company.email", company.getEmail());
		for (FormField field : this.form.fields()) {
			field.property(FormField.PREFILL)
				.map(known::get)
				.ifPresent((value) -> this.renderer.preset(field.key(), value, false));
		}
	}

	private void showDocumentsStep() {
		this.documentsStep.removeAll();
		this.documentsStep.add(new Paragraph(getTranslation("wizard.step3.intro")),
				Uploads.rules(UserMessages.in(this.desk.uploadRules())));
		for (DocumentChecklistState.Entry required : checklist().required()) {
			String type = required.document().type();
			Div row = new Div();
			row.addClassName("upload-row");
			H3 name = new H3(UserMessages.in(required.document().name()));
			Span status = new Span();
			status.setId("upload-status-" + type);
			status.addClassName("upload-status");
			markStatus(status, required.uploaded());
			Upload upload = new Upload();
			upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
				// The status line tells what is stored; the list is emptied so that
				// another file can follow.
				upload.clearFileList();
				try {
					this.intake.attach(this.applicant, this.draft.getCaseNumber(), type, metadata.fileName(), bytes);
					markStatus(status, uploaded(type));
					UserMessages.success(getTranslation("upload.stored", metadata.fileName()));
				}
				catch (DomainException refusal) {
					UserMessages.error(refusal);
					status.setText(UserMessages.in(refusal.text()));
					status.getElement().getClassList().set("refused", true);
					status.getElement().getClassList().set("present", false);
				}
			}));
			upload.setId("upload-" + type);
			upload.setMaxFiles(1);
			upload.setDropAllowed(true);
			Uploads.translate(upload, this);
			Uploads.limitSize(upload, this.desk.maxDocumentBytes(), this);
			row.add(name, status, upload);
			this.documentsStep.add(row);
		}
		this.content.add(this.documentsStep);
	}

	private void markStatus(Span status, DocumentSummary present) {
		status.getElement().getClassList().set("refused", false);
		status.getElement().getClassList().set("present", present != null);
		status.setText((present != null) ? getTranslation("wizard.uploaded", present.fileName())
				: getTranslation("wizard.notUploaded"));
	}

	private void showReviewStep() {
		this.reviewStep.removeAll();
		this.reviewStep.add(new Paragraph(getTranslation("wizard.step4.intro")));
		Div summary = new Div();
		summary.addClassName("review");
		summary.setId("wizard-review");
		summary.add(row(getTranslation("wizard.caseNumber"), this.draft.getCaseNumber()));
		// The first step's choices, unless the form itself asks for them (then they show
		// among its fields).
		if (this.form.field(LICENCE_TYPE_KEY).isEmpty()) {
			summary.add(row(getTranslation("wizard.licenceType"), UserMessages
				.pick(this.licenceType.getValue().getNameLo(), this.licenceType.getValue().getNameEn())));
		}
		if (this.form.field(PROVINCE_KEY).isEmpty()) {
			summary.add(row(getTranslation("wizard.province"), UserMessages
				.pick(this.province.getValue().getProvinceNameLo(), this.province.getValue().getProvinceNameEn())));
		}
		FormRenderer.readable(this.form, this.data).forEach((label, value) -> summary.add(row(label, value)));
		Map<String, String> typeNames = new LinkedHashMap<>();
		checklist().entries()
			.forEach((entry) -> typeNames.put(entry.document().type(), UserMessages.in(entry.document().name())));
		this.reviewStep.add(summary, new H3(getTranslation("application.documents")),
				new DocumentList(this.intake.documents(this.applicant, this.draft.getCaseNumber()), typeNames,
						this.desk::documentContent, false));
		this.content.add(this.reviewStep);
	}

	private Div row(String label, String value) {
		Span term = new Span(label);
		term.addClassName("review-label");
		Span definition = new Span(value);
		definition.addClassName("review-value");
		Div row = new Div(term, definition);
		row.addClassName("review-row");
		return row;
	}

	private void submitApplication() {
		try {
			CaseFile submitted = this.intake.submit(this.applicant, this.draft.getCaseNumber());
			UserMessages.success(getTranslation("wizard.submitted", submitted.getCaseNumber()));
			getUI().ifPresent((ui) -> ui.navigate("my-applications/" + submitted.getCaseNumber()));
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private DocumentChecklistState checklist() {
		return this.intake.checklist(this.applicant, this.draft.getCaseNumber());
	}

	/** The latest upload of the type: a later file replaces a wrong one. */
	private DocumentSummary uploaded(String documentType) {
		return checklist().entries()
			.stream()
			.filter((entry) -> entry.document().type().equals(documentType))
			.map(DocumentChecklistState.Entry::uploaded)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static ObjectNode parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(json);
			return (node instanceof ObjectNode object) ? object : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("wizard.title");
	}

}

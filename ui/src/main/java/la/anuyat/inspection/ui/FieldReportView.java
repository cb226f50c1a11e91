package la.anuyat.inspection.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.app.ui.Uploads;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.document.DocumentService;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.Geopoint;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.MediaFile;
import la.anuyat.inspection.PhotoMetadata;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.Signature;
import la.anuyat.inspection.SignerRole;
import la.anuyat.inspection.SubjectKind;
import la.anuyat.inspection.SurveyArea;
import la.anuyat.inspection.checklist.Checklist;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormField;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * The field report filled in on a phone on the premises: the inspection's checklist
 * rendered from the same definition its ODK XForm is generated from (labels in Lao and
 * English, required answers marked and enforced), the position from the phone with its
 * accuracy, photos from the camera with the time and place the camera recorded, the
 * equipment found, a summary the business representative reads, and both signatures drawn
 * on the screen. Everything stays on the page until the report is received: a submit that
 * fails (no signal, a refusal) loses nothing and may be repeated, and the report's
 * instance id, fixed when the page opens, keeps a repeat from storing it twice.
 */
@Route(value = "inspections/report", layout = MainLayout.class)
@RolesAllowed({ "INSPECTOR", "SECTION_OFFICER", "MINISTRY_OFFICER", "LEADERSHIP" })
class FieldReportView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

	/**
	 * Asks the browser for the position; resolves to
	 * "latitude,longitude,accuracy,altitude" (the last two possibly empty), to "denied"
	 * or to an empty text when unavailable.
	 */
	private static final String LOCATE = """
			return new Promise((resolve) => {
			  if (!navigator.geolocation) { resolve(''); return; }
			  navigator.geolocation.getCurrentPosition(
			    (p) => resolve([p.coords.latitude, p.coords.longitude, p.coords.accuracy ?? '',
			                    p.coords.altitude ?? ''].join(',')),
			    (e) => resolve(e.code === 1 ? 'denied' : ''),
			    { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
			});""";

	private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private final InspectionPlans plans;

	private final InspectionChecklists checklists;

	private final FieldReportSubmission submission;

	private final DocumentService documents;

	private final SurveyArea area;

	private final CurrentActor currentActor;

	private final AuthorityService authorities;

	/** Fixed for the page: every attempt to submit is the same report. */
	private final String instanceId = "uuid:" + UUID.randomUUID();

	private Checklist checklist;

	private PlanEntry entry;

	private final Map<FormField, HasValue<?, ?>> answers = new LinkedHashMap<>();

	private final Map<String, Photo> photos = new LinkedHashMap<>();

	private final List<EquipmentRow> equipment = new ArrayList<>();

	private final Div equipmentRows = new Div();

	private List<FormField> equipmentColumns = List.of();

	private String equipmentKey;

	private Geopoint position;

	private final Span positionText = new Span();

	private final Div summary = new Div();

	private final TextField inspectorName = new TextField();

	private final TextField representativeName = new TextField();

	private final SignatureField inspectorSignature;

	private final SignatureField representativeSignature;

	private final Paragraph result = new Paragraph();

	private final Button submit = new Button();

	FieldReportView(InspectionPlans plans, InspectionChecklists checklists, FieldReportSubmission submission,
			DocumentService documents, SurveyArea area, CurrentActor currentActor, AuthorityService authorities) {
		this.plans = plans;
		this.checklists = checklists;
		this.submission = submission;
		this.documents = documents;
		this.area = area;
		this.currentActor = currentActor;
		this.authorities = authorities;
		this.inspectorSignature = new SignatureField(getTranslation("fieldReport.sign.inspector"));
		this.representativeSignature = new SignatureField(getTranslation("fieldReport.sign.representative"));
		addClassName("page");
		addClassName("phone-page");
		setId("field-report");
		setPadding(true);
		setMaxWidth("32rem");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("fieldReport.title");
	}

	@Override
	public void setParameter(BeforeEvent event, Long entryId) {
		removeAll();
		Actor actor = this.currentActor.actor();
		try {
			this.entry = this.plans.inspection(actor, entryId).entry();
		}
		catch (DomainException ex) {
			add(new H1(getTranslation("fieldReport.title")), new Paragraph(UserMessages.in(ex.text())));
			return;
		}
		this.checklist = this.checklists.checklist(this.entry.getInspectionType().formId()).orElseThrow();
		Div heading = new Div(new Span(InspectionLabels.holder(this.entry)));
		heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
		add(new H1(getTranslation("fieldReport.title")), heading,
				new Div(new Span(InspectionLabels.type(this, this.entry) + " · " + this.entry.getSubjectRef())));
		add(new H2(getTranslation("fieldReport.checklist")));
		renderChecklist();
		renderSummaryAndSignatures(actor);
	}

	private void renderChecklist() {
		List<String> repeatKeys = new ArrayList<>();
		for (FormField field : this.checklist.form().fields()) {
			if (repeatKeys.stream().anyMatch((key) -> field.key() != null && field.key().startsWith(key + "."))) {
				continue;
			}
			String xformType = field.property("xformType").orElse("");
			switch (field.type()) {
				case "text" -> {
					// the checklist's title, already the page's heading
				}
				case "dynamiclist" -> {
					repeatKeys.add(field.key());
					renderEquipment(field);
				}
				case "filepicker" -> renderPhoto(field);
				default -> {
					if ("geopoint".equals(xformType)) {
						renderPosition(field);
					}
					else {
						Component input = input(field, "fr-" + field.key());
						prefill(field, input);
						add(input);
					}
				}
			}
		}
	}

	/**
	 * A control for one question, labelled in both languages, as the definition gives.
	 */
	@SuppressWarnings("unchecked")
	private Component input(FormField field, String id) {
		String label = bilingual(field.labelLo(), field.labelEn());
		Component component;
		switch (field.type()) {
			case "radio", "select" -> {
				RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
				group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
				group.setItems(field.options().stream().map(FieldOption::value).toList());
				group.setItemLabelGenerator((value) -> field.option(value)
					.map((option) -> bilingual(option.labelLo(), option.labelEn()))
					.orElse(value));
				group.setRequiredIndicatorVisible(field.required());
				component = group;
			}
			case "checkbox" -> component = new Checkbox(label);
			case "number" -> {
				boolean whole = field.constraints().decimalDigits() != null && field.constraints().decimalDigits() == 0;
				if (whole) {
					IntegerField number = new IntegerField(label);
					Optional.ofNullable(field.constraints().min()).ifPresent((min) -> number.setMin(min.intValue()));
					Optional.ofNullable(field.constraints().max()).ifPresent((max) -> number.setMax(max.intValue()));
					number.setRequiredIndicatorVisible(field.required());
					component = number;
				}
				else {
					NumberField number = new NumberField(label);
					Optional.ofNullable(field.constraints().min()).ifPresent((min) -> number.setMin(min.doubleValue()));
					Optional.ofNullable(field.constraints().max()).ifPresent((max) -> number.setMax(max.doubleValue()));
					number.setRequiredIndicatorVisible(field.required());
					component = number;
				}
			}
			case "textarea" -> {
				TextArea area = new TextArea(label);
				Optional.ofNullable(field.constraints().maxLength()).ifPresent(area::setMaxLength);
				area.setMinHeight("6em");
				area.setRequiredIndicatorVisible(field.required());
				component = area;
			}
			default -> {
				TextField text = new TextField(label);
				Optional.ofNullable(field.constraints().maxLength()).ifPresent(text::setMaxLength);
				text.setRequiredIndicatorVisible(field.required());
				component = text;
			}
		}
		component.setId(id);
		if (component instanceof com.vaadin.flow.component.HasSize sized) {
			sized.setWidthFull();
		}
		this.answers.put(field, (HasValue<?, ?>) component);
		return component;
	}

	/** The licence or assignment inspected is known from the plan. */
	private void prefill(FormField field, Component input) {
		boolean licence = "licenceNumber".equals(field.key()) && this.entry.getSubjectKind() == SubjectKind.LICENCE;
		boolean assignment = "assignmentReference".equals(field.key())
				&& this.entry.getSubjectKind() == SubjectKind.ASSIGNMENT;
		if ((licence || assignment) && input instanceof TextField text) {
			text.setValue(this.entry.getSubjectRef());
		}
	}

	private void renderPosition(FormField field) {
		Button locate = new Button(bilingual(field.labelLo(), field.labelEn()), VaadinIcon.CROSSHAIRS.create(),
				(event) -> getElement().executeJs(LOCATE).then(String.class, this::located));
		locate.setId("fr-locate");
		locate.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
		locate.setWidthFull();
		this.positionText.setId("fr-position");
		this.positionText.setText(getTranslation("fieldReport.position.none"));
		add(locate, this.positionText);
	}

	private void located(String answer) {
		String[] parts = (answer == null) ? new String[0] : answer.split(",", -1);
		if ("denied".equals(answer) || parts.length < 2) {
			this.position = null;
			this.positionText.setText(getTranslation(
					"denied".equals(answer) ? "fieldReport.position.denied" : "fieldReport.position.unavailable"));
			return;
		}
		try {
			Double accuracy = (parts.length > 2 && !parts[2].isBlank()) ? Double.valueOf(parts[2]) : null;
			Double altitude = (parts.length > 3 && !parts[3].isBlank()) ? Double.valueOf(parts[3]) : null;
			Geopoint found = new Geopoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), altitude,
					accuracy);
			if (!this.area.contains(found)) {
				this.position = null;
				String where = String.format(Locale.ROOT, "%.5f, %.5f", found.latitude(), found.longitude());
				this.positionText.setText(getTranslation("fieldReport.position.outside", where));
				UserMessages.errorMessage(getTranslation("fieldReport.position.outside", where));
				return;
			}
			this.position = found;
			this.positionText.setText(getTranslation("fieldReport.position.found",
					String.format(Locale.ROOT, "%.5f, %.5f", found.latitude(), found.longitude()),
					(accuracy != null) ? String.format(Locale.ROOT, "%.0f", accuracy) : "?"));
		}
		catch (NumberFormatException ex) {
			this.position = null;
			this.positionText.setText(getTranslation("fieldReport.position.unavailable"));
		}
	}

	/** A photo taken with the phone's camera (or chosen), checked as uploads are. */
	private void renderPhoto(FormField field) {
		Upload upload = new Upload();
		upload.setId("fr-" + field.key());
		upload.setMaxFiles(1);
		upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
		// a phone opens its camera for the upload
		upload.getElement().setAttribute("capture", "environment");
		Uploads.translate(upload, this);
		Uploads.limitSize(upload, this.documents.maxSize().toBytes(), this);
		Span facts = new Span();
		facts.setId("fr-" + field.key() + "-exif");
		UI ui = UI.getCurrent();
		upload.setUploadHandler(UploadHandler
			.inMemory((metadata, bytes) -> ui.access(() -> photoReceived(field, metadata.fileName(), bytes, facts))));
		upload.addFileRemovedListener((event) -> {
			this.photos.remove(field.key());
			facts.setText("");
		});
		Span label = new Span(bilingual(field.labelLo(), field.labelEn()));
		label.getStyle().set("font-weight", "600");
		add(new Div(label), upload, facts);
	}

	private void photoReceived(FormField field, String fileName, byte[] bytes, Span facts) {
		try {
			DocumentService.CheckedFile checked = this.documents.checkAcceptable(fileName, bytes);
			if (!checked.mediaType().startsWith("image/")) {
				throw new InvalidInputException("fieldReport.notAPhoto",
						LocalizedText.of("ໄຟລ໌ " + checked.fileName() + " ບໍ່ແມ່ນຮູບຖ່າຍ (JPEG ຫຼື PNG)",
								"The file " + checked.fileName() + " is not a photo (JPEG or PNG)"));
			}
			// one name per photo field: a phone calls every photo image.jpg
			String extension = "image/png".equals(checked.mediaType()) ? ".png" : ".jpg";
			this.photos.put(field.key(), new Photo(field.key() + extension, bytes));
			PhotoMetadata exif = PhotoMetadata.of(bytes);
			List<String> known = new ArrayList<>();
			if (exif.takenAt() != null) {
				known.add(TAKEN.format(exif.takenAt()));
			}
			if (exif.hasPosition()) {
				known.add(String.format(Locale.ROOT, "%.5f, %.5f", exif.latitude(), exif.longitude()));
			}
			facts.setText(known.isEmpty() ? getTranslation("fieldReport.photo.noExif")
					: getTranslation("fieldReport.photo.exif", String.join(" · ", known)));
		}
		catch (DomainException ex) {
			this.photos.remove(field.key());
			facts.setText(UserMessages.in(ex.text()));
			UserMessages.error(ex);
		}
	}

	private void renderEquipment(FormField list) {
		this.equipmentKey = list.key();
		this.equipmentColumns = this.checklist.form()
			.fields()
			.stream()
			.filter((field) -> field.key() != null && field.key().startsWith(list.key() + "."))
			.toList();
		this.equipmentRows.setId("fr-equipment");
		this.equipmentRows.setWidthFull();
		Button more = new Button(getTranslation("fieldReport.equipment.add"), VaadinIcon.PLUS.create(),
				(event) -> addEquipmentRow());
		more.setId("fr-equipment-add");
		add(new H2(bilingual(list.labelLo(), list.labelEn())), this.equipmentRows, more);
	}

	private void addEquipmentRow() {
		int index = this.equipment.size();
		Div row = new Div();
		row.addClassName("equipment-row");
		row.getStyle()
			.set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-s)")
			.set("margin-bottom", "var(--lumo-space-s)");
		Map<String, HasValue<?, ?>> cells = new LinkedHashMap<>();
		for (FormField column : this.equipmentColumns) {
			String name = column.key().substring(this.equipmentKey.length() + 1);
			Component cell = input(column, "fr-equipment-" + index + "-" + name);
			// the repeat's cells are read row by row, not as answers of their own
			this.answers.remove(column);
			cells.put(name, (HasValue<?, ?>) cell);
			row.add(cell);
		}
		EquipmentRow added = new EquipmentRow(row, cells);
		Button remove = new Button(getTranslation("fieldReport.equipment.remove"), VaadinIcon.TRASH.create(),
				(event) -> {
					this.equipment.remove(added);
					this.equipmentRows.remove(row);
				});
		remove.setId("fr-equipment-" + index + "-remove");
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		row.add(remove);
		this.equipment.add(added);
		this.equipmentRows.add(row);
	}

	private void renderSummaryAndSignatures(Actor actor) {
		Button read = new Button(getTranslation("fieldReport.summary.show"), VaadinIcon.EYE.create(),
				(event) -> showSummary());
		read.setId("fr-summary-show");
		read.setWidthFull();
		this.summary.setId("fr-summary");
		this.summary.setWidthFull();
		add(new H2(getTranslation("fieldReport.summary.title")),
				new Paragraph(getTranslation("fieldReport.summary.hint")), read, this.summary);

		add(new H2(getTranslation("fieldReport.sign.title")));
		this.inspectorName.setId("fr-inspector-name");
		this.inspectorName.setLabel(getTranslation("fieldReport.sign.inspectorName"));
		this.inspectorName.setMaxLength(200);
		this.inspectorName.setRequiredIndicatorVisible(true);
		this.inspectorName.setWidthFull();
		this.inspectorName.setValue(this.authorities.staffByUsername(actor.username())
			.map((staff) -> UserMessages.pick(staff.getFullNameLo(), staff.getFullNameEn()))
			.orElse(actor.username()));
		this.representativeName.setId("fr-representative-name");
		this.representativeName.setLabel(getTranslation("fieldReport.sign.representativeName"));
		this.representativeName.setMaxLength(200);
		this.representativeName.setRequiredIndicatorVisible(true);
		this.representativeName.setWidthFull();
		this.inspectorSignature.setId("fr-sign-inspector");
		this.representativeSignature.setId("fr-sign-representative");
		add(this.inspectorName, signatureBlock("fieldReport.sign.inspector", this.inspectorSignature, "inspector"),
				this.representativeName,
				signatureBlock("fieldReport.sign.representative", this.representativeSignature, "representative"));

		this.submit.setText(getTranslation("fieldReport.submit"));
		this.submit.setId("fr-submit");
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.setWidthFull();
		this.submit.addClickListener((event) -> submit());
		this.result.setId("fr-result");
		RouterLink back = new RouterLink(getTranslation("fieldReport.back"), MyInspectionsView.class);
		back.setId("fr-back");
		add(this.submit, this.result, back);
	}

	private Div signatureBlock(String labelKey, SignatureField field, String name) {
		Span label = new Span(getTranslation(labelKey));
		label.getStyle().set("font-weight", "600");
		Button clear = new Button(getTranslation("fieldReport.sign.clear"), (event) -> field.clear());
		clear.setId("fr-sign-" + name + "-clear");
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		Span state = new Span(getTranslation("fieldReport.sign.empty"));
		state.setId("fr-sign-" + name + "-state");
		field.onChange(() -> state
			.setText(getTranslation((field.png() != null) ? "fieldReport.sign.done" : "fieldReport.sign.empty")));
		Div block = new Div(new Div(label), field, new Div(state, clear));
		block.setWidthFull();
		return block;
	}

	/** What the representative reads before signing, in the page's language. */
	private void showSummary() {
		this.summary.removeAll();
		if (!requiredAnswered()) {
			return;
		}
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { getTranslation("fieldReport.summary.business"), InspectionLabels.holder(this.entry) });
		for (Map.Entry<FormField, HasValue<?, ?>> answer : this.answers.entrySet()) {
			String value = text(answer.getKey(), answer.getValue());
			if (value != null) {
				FormField field = answer.getKey();
				String shown = field.option(value)
					.map((option) -> UserMessages.pick(option.labelLo(), option.labelEn()))
					.orElse(value);
				lines.add(new String[] { UserMessages.pick(field.labelLo(), field.labelEn()), shown });
			}
		}
		for (Map<String, String> row : equipmentAnswers()) {
			lines.add(new String[] { getTranslation("fieldReport.summary.equipment"),
					row.getOrDefault("manufacturer", "") + " " + row.getOrDefault("model", "")
							+ (row.containsKey("quantity") ? " × " + row.get("quantity") : "") });
		}
		lines.add(new String[] { getTranslation("fieldReport.summary.position"), this.positionText.getText() });
		lines.add(new String[] { getTranslation("fieldReport.summary.photos"), String.valueOf(this.photos.size()) });
		for (String[] line : lines) {
			Span label = new Span(line[0] + ": ");
			label.getStyle().set("font-weight", "600");
			Div shown = new Div(label, new Span(line[1]));
			shown.addClassName("summary-line");
			this.summary.add(shown);
		}
	}

	/** Marks every unanswered required question; true when there is none. */
	private boolean requiredAnswered() {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<FormField, HasValue<?, ?>> answer : this.answers.entrySet()) {
			boolean empty = text(answer.getKey(), answer.getValue()) == null;
			boolean wanted = answer.getKey().required() && empty;
			if (answer.getValue() instanceof com.vaadin.flow.component.HasValidation validated) {
				validated.setInvalid(wanted);
				validated.setErrorMessage(wanted ? getTranslation("fieldReport.required") : null);
			}
			if (wanted) {
				missing.add(UserMessages.pick(answer.getKey().labelLo(), answer.getKey().labelEn()));
			}
		}
		for (EquipmentRow row : this.equipment) {
			for (FormField column : this.equipmentColumns) {
				String name = column.key().substring(this.equipmentKey.length() + 1);
				HasValue<?, ?> cell = row.cells().get(name);
				boolean wanted = column.required() && text(column, cell) == null && !row.isBlank(this);
				if (cell instanceof com.vaadin.flow.component.HasValidation validated) {
					validated.setInvalid(wanted);
					validated.setErrorMessage(wanted ? getTranslation("fieldReport.required") : null);
				}
				if (wanted) {
					missing.add(UserMessages.pick(column.labelLo(), column.labelEn()));
				}
			}
		}
		if (this.position == null) {
			missing.add(getTranslation("fieldReport.summary.position"));
		}
		if (!missing.isEmpty()) {
			UserMessages.errorMessage(getTranslation("fieldReport.missing", String.join(", ", missing)));
			return false;
		}
		return true;
	}

	private void submit() {
		if (!requiredAnswered()) {
			return;
		}
		Map<String, String> given = new LinkedHashMap<>();
		for (Map.Entry<FormField, HasValue<?, ?>> answer : this.answers.entrySet()) {
			String value = text(answer.getKey(), answer.getValue());
			if (value != null) {
				given.put(answer.getKey().key(), value);
			}
		}
		for (FormField field : this.checklist.form().fields()) {
			if ("geopoint".equals(field.property("xformType").orElse("")) && this.position != null) {
				given.put(field.key(), geopointText(this.position));
			}
		}
		List<MediaFile> files = new ArrayList<>();
		this.photos.forEach((key, photo) -> {
			given.put(key, photo.fileName());
			files.add(new MediaFile(photo.fileName(), photo.content()));
		});
		Map<String, List<Map<String, String>>> repeats = (this.equipmentKey == null) ? Map.of()
				: Map.of(this.equipmentKey, equipmentAnswers());
		List<Signature> signatures = new ArrayList<>();
		signatures
			.add(new Signature(SignerRole.INSPECTOR, this.inspectorName.getValue(), this.inspectorSignature.png()));
		signatures.add(new Signature(SignerRole.REPRESENTATIVE, this.representativeName.getValue(),
				this.representativeSignature.png()));
		try {
			FieldReports.Receipt receipt = this.submission.submit(this.currentActor.actor(), this.checklist.formId(),
					this.instanceId, given, repeats, files, signatures);
			this.result.setText(getTranslation("fieldReport.sent", String.valueOf(receipt.reportId())));
			this.submit.setEnabled(false);
			UserMessages.success(getTranslation("fieldReport.sent", String.valueOf(receipt.reportId())));
		}
		catch (DomainException ex) {
			// everything stays on the page to be corrected and sent again
			this.result.setText(UserMessages.in(ex.text()));
			UserMessages.error(ex);
		}
	}

	private List<Map<String, String>> equipmentAnswers() {
		List<Map<String, String>> rows = new ArrayList<>();
		for (EquipmentRow row : this.equipment) {
			if (row.isBlank(this)) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (FormField column : this.equipmentColumns) {
				String name = column.key().substring(this.equipmentKey.length() + 1);
				Optional.ofNullable(text(column, row.cells().get(name))).ifPresent((value) -> values.put(name, value));
			}
			rows.add(values);
		}
		return rows;
	}

	/** The answer as the XForms instance writes it, or null when not answered. */
	private String text(FormField field, HasValue<?, ?> input) {
		Object value = (input != null) ? input.getValue() : null;
		if (value == null) {
			return null;
		}
		if (input instanceof Checkbox) {
			return Boolean.TRUE.equals(value) ? "yes" : "no";
		}
		if (value instanceof Double number) {
			return (number == Math.rint(number)) ? String.valueOf(number.longValue()) : number.toString();
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * "latitude longitude altitude accuracy", as ODK writes it (0 for what is unknown).
	 */
	private static String geopointText(Geopoint point) {
		return String.format(Locale.ROOT, "%.7f %.7f %.1f %.1f", point.latitude(), point.longitude(),
				(point.altitude() != null) ? point.altitude() : 0.0,
				(point.accuracy() != null) ? point.accuracy() : 0.0);
	}

	private static String bilingual(String lo, String en) {
		if (lo == null || lo.isBlank()) {
			return en;
		}
		return (en == null || en.isBlank() || en.equals(lo)) ? lo : lo + " / " + en;
	}

	private record Photo(String fileName, byte[] content) {
	}

	private record EquipmentRow(Div row, Map<String, HasValue<?, ?>> cells) {

		boolean isBlank(FieldReportView view) {
			return this.cells.values().stream().allMatch((cell) -> {
				Object value = cell.getValue();
				return value == null || value.toString().isBlank();
			});
		}

	}

}

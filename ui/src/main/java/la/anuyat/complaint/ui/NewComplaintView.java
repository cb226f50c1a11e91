package la.anuyat.complaint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import la.anuyat.access.SignedInActor;
import la.anuyat.app.ui.PublicBar;
import la.anuyat.app.ui.Uploads;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.complaint.ComplaintChannel;
import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.api.IntakeThrottle;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.document.DocumentService;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.BorderGeometry;

import org.springframework.beans.factory.annotation.Value;

/**
 * The public complaint form, without sign-in, one column so that it works on a phone.
 * Staff signed in record a complaint taken by phone or at the counter with the same form.
 * The rules are the service's: the view only collects and shows what it says.
 */
@Route(value = "complaints/new", autoLayout = false)
@AnonymousAllowed
class NewComplaintView extends Div implements HasDynamicTitle {

	private final ComplaintWorkflow workflow;

	private final IntakeThrottle throttle;

	private final Select<ComplaintService.Category> category = new Select<>();

	private final ComboBox<ComplaintService.Operator> operator = new ComboBox<>();

	private final Select<String> province = new Select<>();

	private final TextField district = new TextField();

	private final TextField place = new TextField();

	private final TextArea description = new TextArea();

	private final TextField name = new TextField();

	private final EmailField email = new EmailField();

	private final TextField phone = new TextField();

	private final Checkbox anonymous = new Checkbox();

	private final Select<ComplaintChannel> channel = new Select<>();

	private final List<ComplaintIntake.Evidence> files = new ArrayList<>();

	private final Div result = new Div();

	private final PointPicker point;

	private final Span pointError = new Span();

	private final Actor actor;

	NewComplaintView(ComplaintWorkflow workflow, ComplaintService complaints, AuthorityService authorities,
			DocumentService documents, IntakeThrottle throttle, SignedInActor actors, BorderGeometry border,
			@Value("${anuyat.map.tile-url:}") String tileUrl,
			@Value("${anuyat.map.tile-attribution:}") String tileAttribution) {
		this.workflow = workflow;
		this.throttle = throttle;
		this.actor = actors.current().orElse(ComplaintService.PUBLIC);
		addClassName("complaint-page");
		Div bar = new PublicBar(new Anchor("complaints/track", getTranslation("complaint.trackLink")));

		this.category.setId("complaint-category");
		this.category.setLabel(getTranslation("complaint.category"));
		this.category.setItems(complaints.categories());
		this.category.setItemLabelGenerator((item) -> (item != null) ? UserMessages.in(item.name()) : "");
		this.category.addValueChangeListener((event) -> this.anonymous
			.setVisible(event.getValue() != null && event.getValue().rules().anonymousAllowed()));
		this.operator.setId("complaint-operator");
		this.operator.setLabel(getTranslation("complaint.operator"));
		this.operator.setPlaceholder(getTranslation("complaint.operatorUnknown"));
		this.operator.setHelperText(getTranslation("complaint.operatorHelp"));
		this.operator.setItems(complaints.operators());
		this.operator.setItemLabelGenerator((item) -> UserMessages.in(item.name()));
		this.operator.setClearButtonVisible(true);
		Map<String, String> provinceNames = new java.util.LinkedHashMap<>();
		for (Authority authority : authorities.provinces()) {
			provinceNames.put(authority.getCode(), UserMessages.pick(authority.getNameLo(),
					(authority.getProvinceNameEn() != null) ? authority.getProvinceNameEn() : authority.getNameEn()));
		}
		this.province.setId("complaint-province");
		this.province.setLabel(getTranslation("complaint.province"));
		this.province.setItems(provinceNames.keySet());
		this.province.setItemLabelGenerator((code) -> (code != null) ? provinceNames.get(code) : "");
		this.district.setId("complaint-district");
		this.district.setLabel(getTranslation("complaint.district"));
		this.district.setMaxLength(200);
		this.place.setId("complaint-place");
		this.place.setLabel(getTranslation("complaint.place"));
		this.place.setMaxLength(500);
		// an optional point: tap to place it, drag to move it; the server refuses one
		// outside Laos
		this.point = new PointPicker(border.countryGeoJson(), tileUrl, tileAttribution,
				getTranslation("complaint.pointPin"));
		this.point.setId("complaint-point");
		this.point.setWidthFull();
		this.point.setHeight("16rem");
		Button clearPoint = new Button(getTranslation("complaint.pointClear"), (event) -> this.point.clear());
		clearPoint.setId("complaint-point-clear");
		clearPoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.pointError.setId("complaint-point-error");
		this.pointError.getStyle().set("color", "var(--lumo-error-text-color)");
		Div pointField = new Div(new Span(getTranslation("complaint.point")), this.point, clearPoint, this.pointError);
		pointField.addClassName("complaint-point");
		this.description.setId("complaint-description");
		this.description.setLabel(getTranslation("complaint.description"));
		this.description.setMaxLength(5000);
		this.description.setMinHeight("8em");
		Upload upload = new Upload();
		upload.setId("complaint-files");
		upload.setMaxFiles(5);
		Uploads.translate(upload, this);
		Uploads.limitSize(upload, documents.maxSize().toBytes(), this);
		upload.setUploadHandler(UploadHandler
			.inMemory((metadata, bytes) -> this.files.add(new ComplaintIntake.Evidence(metadata.fileName(), bytes))));
		this.name.setId("complaint-name");
		this.name.setLabel(getTranslation("complaint.name"));
		this.name.setMaxLength(300);
		this.email.setId("complaint-email");
		this.email.setLabel(getTranslation("complaint.email"));
		this.phone.setId("complaint-phone");
		this.phone.setLabel(getTranslation("complaint.phone"));
		this.phone.setMaxLength(20);
		Paragraph privacy = new Paragraph(getTranslation("complaint.privacy"));
		this.anonymous.setId("complaint-anonymous");
		this.anonymous.setLabel(getTranslation("complaint.anonymous"));
		this.anonymous.setVisible(false);
		this.channel.setId("complaint-channel");
		this.channel.setLabel(getTranslation("complaint.channel"));
		this.channel.setItems(ComplaintChannel.PHONE, ComplaintChannel.COUNTER);
		this.channel.setValue(ComplaintChannel.PHONE);
		this.channel.setItemLabelGenerator((value) -> getTranslation("complaint.channel." + value.name()));
		this.channel.setVisible(this.actor.isStaff());
		Button send = new Button(getTranslation("complaint.submit"), (event) -> submit());
		send.setId("complaint-submit");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.result.setId("complaint-result");

		Div form = new Div(this.channel, this.category, this.operator, this.province, this.district, this.place,
				pointField, this.description, Uploads.rules(UserMessages.in(documents.uploadRules())), upload, privacy,
				this.name, this.email, this.phone, this.anonymous, send);
		form.addClassName("complaint-form");
		form.getStyle().set("display", "flex").set("flex-direction", "column").set("max-width", "36rem");
		Div content = new Div(new H1(getTranslation("complaint.title")),
				new Paragraph(getTranslation("complaint.intro")), form, this.result);
		content.getElement().setAttribute("role", "main");
		content.getStyle().set("padding", "0 1rem");
		add(bar, content);
	}

	private void submit() {
		clearInvalid();
		if (!this.actor.isStaff()) {
			long wait = this.throttle.tryAcquire("web", VaadinRequest.getCurrent().getRemoteAddr());
			if (wait > 0) {
				UserMessages.errorMessage(getTranslation("complaint.throttled"));
				return;
			}
		}
		ComplaintService.Category chosen = this.category.getValue();
		Locale language = "lo".equals(getLocale().getLanguage()) ? Locale.forLanguageTag("lo") : Locale.ENGLISH;
		ComplaintIntake intake = new ComplaintIntake((chosen != null) ? chosen.code() : null,
				Optional.ofNullable(this.operator.getValue()).map(ComplaintService.Operator::companyId).orElse(null),
				this.province.getValue(), this.district.getValue(), this.place.getValue(), this.point.latitude(),
				this.point.longitude(), this.description.getValue(), this.name.getValue(), this.email.getValue(),
				this.phone.getValue(), this.anonymous.isVisible() && this.anonymous.getValue(), language,
				this.actor.isStaff() ? this.channel.getValue() : ComplaintChannel.WEB, this.files);
		try {
			ComplaintWorkflow.Filed filed = this.workflow.file(this.actor, intake);
			this.result.removeAll();
			Span code = new Span(filed.trackingCode());
			code.setId("complaint-tracking-code");
			code.getStyle().set("font-size", "1.5em").set("font-weight", "bold");
			this.result.add(new Paragraph(getTranslation("complaint.filed", filed.caseNumber())), code,
					new Paragraph(getTranslation("complaint.keepCode")),
					new Anchor("complaints/track?code=" + filed.trackingCode(), getTranslation("complaint.follow")));
			this.files.clear();
		}
		catch (InvalidInputException refusal) {
			UserMessages.error(refusal);
			for (FieldError error : refusal.fieldErrors()) {
				markInvalid(error.field(), UserMessages.in(error.message()));
			}
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private void markInvalid(String field, String message) {
		if ("location".equals(field)) {
			this.pointError.setText(message);
			return;
		}
		HasValidation target = switch (field) {
			case "category" -> this.category;
			case "respondent" -> this.operator;
			case "province" -> this.province;
			case "district" -> this.district;
			case "place" -> this.place;
			case "description" -> this.description;
			case "name" -> this.name;
			case "email" -> this.email;
			case "phone" -> this.phone;
			default -> null;
		};
		if (target != null) {
			target.setErrorMessage(message);
			target.setInvalid(true);
		}
	}

	private void clearInvalid() {
		this.pointError.setText("");
		for (HasValidation field : List.<HasValidation>of(this.category, this.operator, this.province, this.district,
				this.place, this.description, this.name, this.email, this.phone)) {
			field.setInvalid(false);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.title");
	}

}

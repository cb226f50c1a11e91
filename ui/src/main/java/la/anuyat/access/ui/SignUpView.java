package la.anuyat.access.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import la.anuyat.access.ApplicantSignUp;
import la.anuyat.access.SignUpForm;
import la.anuyat.app.ui.LanguageSwitch;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;

/**
 * A business signs up: its company, a contact person and a login. The account works once
 * the e-mail address is confirmed through the link that is mailed to it.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class SignUpView extends Div implements HasDynamicTitle {

	private final ApplicantSignUp signUp;

	private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

	private final TextField username = new TextField();

	private final PasswordField password = new PasswordField();

	private final PasswordField passwordAgain = new PasswordField();

	private final EmailField email = new EmailField();

	private final TextField companyNameLo = new TextField();

	private final TextField companyNameEn = new TextField();

	private final TextField registrationNumber = new TextField();

	private final TextField taxNumber = new TextField();

	private final ComboBox<Authority> province = new ComboBox<>();

	private final TextArea address = new TextArea();

	private final TextField contactName = new TextField();

	private final TextField phone = new TextField();

	private final Div card = new Div();

	SignUpView(ApplicantSignUp signUp, AuthorityService authorities) {
		this.signUp = signUp;
		addClassName("login-page");
		this.card.addClassNames("login-card", "signup-card");
		this.card.getElement().setAttribute("role", "main");

		this.province.setItems(authorities.provinces());
		this.province.setItemLabelGenerator(
				(authority) -> UserMessages.pick(authority.getProvinceNameLo(), authority.getProvinceNameEn()));

		FormLayout company = new FormLayout();
		company.add(field(this.companyNameLo, "companyNameLo", "signup.companyNameLo", true),
				field(this.companyNameEn, "companyNameEn", "signup.companyNameEn", false),
				field(this.registrationNumber, "registrationNumber", "signup.registrationNumber", true),
				field(this.taxNumber, "taxNumber", "signup.taxNumber", false),
				field(this.province, "provinceCode", "signup.province", true),
				field(this.address, "address", "signup.address", true));
		company.setColspan(this.address, 2);

		FormLayout contact = new FormLayout();
		contact.add(field(this.contactName, "contactName", "signup.contactName", true),
				field(this.phone, "phone", "signup.phone", true), field(this.email, "email", "signup.email", true));

		FormLayout login = new FormLayout();
		login.add(field(this.username, "username", "signup.username", true),
				field(this.password, "password", "signup.password", true),
				field(this.passwordAgain, "passwordAgain", "signup.passwordAgain", true));

		Button submit = new Button(getTranslation("signup.submit"), (event) -> submit());
		submit.setId("signup-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

		Anchor back = new Anchor("login", getTranslation("signup.backToLogin"));
		back.setId("signup-login");

		this.card.add(new LanguageSwitch(), new H1(getTranslation("signup.title")),
				new Paragraph(getTranslation("signup.intro")), new H3(getTranslation("signup.section.company")),
				company, new H3(getTranslation("signup.section.contact")), contact,
				new H3(getTranslation("signup.section.login")), login, submit, new Div(back));
		add(this.card);
	}

	private <F extends Component & HasValidation & HasLabel & HasValue<?, ?>> F field(F component, String name,
			String key, boolean required) {
		component.setId("signup-" + name);
		component.setLabel(getTranslation(key));
		component.setRequiredIndicatorVisible(required);
		this.fieldsByName.put(name, component);
		return component;
	}

	private void submit() {
		this.fieldsByName.values().forEach((field) -> field.setInvalid(false));
		if (!this.password.getValue().equals(this.passwordAgain.getValue())) {
			this.passwordAgain.setErrorMessage(getTranslation("signup.passwordMismatch"));
			this.passwordAgain.setInvalid(true);
			return;
		}
		Authority chosenProvince = this.province.getValue();
		SignUpForm form = new SignUpForm(this.username.getValue().trim(), this.password.getValue(),
				this.email.getValue().trim(), this.companyNameLo.getValue().trim(),
				this.companyNameEn.getValue().trim(), this.registrationNumber.getValue().trim(),
				this.taxNumber.getValue().trim(), (chosenProvince != null) ? chosenProvince.getCode() : null,
				this.address.getValue().trim(), this.contactName.getValue().trim(), this.phone.getValue().trim());
		try {
			this.signUp.signUp(form, getLocale());
		}
		catch (InvalidInputException refusal) {
			showFieldErrors(refusal);
			return;
		}
		this.card.removeAll();
		Paragraph done = new Paragraph(getTranslation("signup.done", this.email.getValue().trim()));
		done.setId("signup-done");
		Anchor login = new Anchor("login", getTranslation("signup.backToLogin"));
		this.card.add(new LanguageSwitch(), new H1(getTranslation("signup.doneTitle")), done, login);
	}

	private void showFieldErrors(InvalidInputException refusal) {
		boolean shownOnField = false;
		for (FieldError error : refusal.fieldErrors()) {
			HasValidation field = this.fieldsByName.get(error.field());
			if (field != null) {
				field.setErrorMessage(UserMessages.in(error.message()));
				field.setInvalid(true);
				shownOnField = true;
			}
		}
		if (!shownOnField) {
			UserMessages.error(refusal);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("signup.title");
	}

}

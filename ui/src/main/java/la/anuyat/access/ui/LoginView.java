package la.anuyat.access.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import la.anuyat.app.ui.LanguageSwitch;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The login page, in Lao and English. The fields sit in a plain HTML form that posts to
 * Spring Security's form login, so the password never passes through the Vaadin UI state.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final Div message = new Div();

	LoginView() {
		addClassName("login-page");
		Div card = new Div();
		card.addClassName("login-card");
		// the page's main landmark, for screen readers to jump to
		card.getElement().setAttribute("role", "main");

		H1 brand = new H1("ອະນຸຍາດ · Anuyat");
		brand.addClassName("login-brand");
		Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
		subtitle.addClassName("login-subtitle");

		this.message.setId("login-message");
		this.message.setVisible(false);

		TextField username = new TextField(getTranslation("login.username"));
		username.setId("login-username");
		username.getElement().setAttribute("name", "username");
		username.getElement().setAttribute("autocomplete", "username");
		username.setAutofocus(true);
		username.setWidthFull();

		PasswordField password = new PasswordField(getTranslation("login.password"));
		password.setId("login-password");
		password.getElement().setAttribute("name", "password");
		password.getElement().setAttribute("autocomplete", "current-password");
		password.setWidthFull();

		// A native submit button: vaadin-button does not submit a native form, and Enter
		// in a field should.
		NativeButton submit = new NativeButton(getTranslation("login.submit"));
		submit.setId("login-submit");
		submit.getElement().setAttribute("type", "submit");
		submit.addClassName("login-submit");

		Form form = new Form(username, password, submit);
		csrfField().ifPresent(form::add);
		form.setId("login-form");
		form.getElement().setAttribute("method", "post");
		form.getElement().setAttribute("action", "login");

		Anchor signUpLink = new Anchor("signup", getTranslation("login.signUp"));
		signUpLink.setId("login-signup");
		Div signUp = new Div(new Span(getTranslation("login.noAccount") + " "), signUpLink);
		signUp.addClassName("login-signup");

		Anchor registerLink = new Anchor("register", getTranslation("login.register"));
		registerLink.setId("login-register");
		Div register = new Div(registerLink);
		register.addClassName("login-register");

		card.add(new LanguageSwitch(), brand, subtitle, this.message, form, signUp, register);
		add(card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey("locked")) {
			showLocked(parameters.get("locked"));
		}
		else if (parameters.containsKey("error")) {
			show("login.error", "error");
		}
		else if (parameters.containsKey("confirmExpired")) {
			show("login.confirmExpired", "error");
		}
		else if (parameters.containsKey("confirmed")) {
			show("login.confirmed", "success");
		}
		else if (parameters.containsKey("confirmFailed")) {
			show("login.confirmFailed", "error");
		}
		else if (parameters.containsKey("signedUp")) {
			show("login.signedUp", "success");
		}
		else if (parameters.containsKey("logout")) {
			show("login.loggedOut", "success");
		}
	}

	/**
	 * Too many failed logins: says for how many minutes even the right password is
	 * refused.
	 */
	private void showLocked(List<String> values) {
		String minutes = (values.isEmpty() || !values.get(0).matches("\\d{1,6}")) ? "15" : values.get(0);
		this.message.setText(getTranslation("login.locked", minutes));
		this.message.setClassName("login-message error");
		this.message.setVisible(true);
	}

	private void show(String key, String kind) {
		this.message.setText(getTranslation(key));
		this.message.setClassName("login-message " + kind);
		this.message.setVisible(true);
	}

	/**
	 * Spring Security's CSRF token as a hidden field: the form is posted by the browser,
	 * not through Vaadin, so it must carry the token itself (this also guards against
	 * login CSRF).
	 */
	private static Optional<Input> csrfField() {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
			return Optional.empty();
		}
		Input hidden = new Input();
		hidden.setType("hidden");
		hidden.getElement().setAttribute("name", token.getParameterName());
		hidden.setValue(token.getToken());
		return Optional.of(hidden);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title");
	}

	/** The HTML form element; Vaadin has no component for it. */
	@Tag("form")
	private static final class Form extends HtmlContainer {

		Form(Component... components) {
			super(components);
		}

	}

}

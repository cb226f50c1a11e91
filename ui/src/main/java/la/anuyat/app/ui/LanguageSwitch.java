package la.anuyat.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * ລາວ / English. Each language is named in itself, so a user who cannot read the current
 * language still finds their own.
 */
public class LanguageSwitch extends HorizontalLayout {

	public LanguageSwitch() {
		setSpacing(false);
		addClassName("language-switch");
		add(button("lang-lo", "ລາວ", Languages.LAO), button("lang-en", "English", Languages.ENGLISH));
	}

	private Button button(String id, String label, Locale locale) {
		Button button = new Button(label, (event) -> Languages.switchTo(locale));
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		button.getElement().setAttribute("lang", locale.getLanguage());
		button.getElement().setAttribute("aria-label", getTranslation("lang.switchTo", label));
		boolean current = Languages.supported(getLocale()).getLanguage().equals(locale.getLanguage());
		if (current) {
			button.addClassName("current");
			button.getElement().setAttribute("aria-pressed", "true");
		}
		return button;
	}

}

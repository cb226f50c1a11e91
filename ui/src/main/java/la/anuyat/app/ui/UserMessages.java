package la.anuyat.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.LocalizedText;

/**
 * Short messages to the user. A domain refusal carries its own Lao and English text,
 * written where the rule is; it is shown in the user's language, never as a stack trace.
 */
public final class UserMessages {

	private static final int ERROR_DURATION_MS = 6000;

	private static final int SUCCESS_DURATION_MS = 3000;

	private UserMessages() {
	}

	public static void error(DomainException refusal) {
		error(refusal.text());
	}

	public static void error(LocalizedText text) {
		errorMessage(text.in(UiSetup.currentLocale()));
	}

	/** An error message already in the user's language. */
	public static void errorMessage(String message) {
		Notification notification = Notification.show(message, ERROR_DURATION_MS, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setId("notification-error");
	}

	/**
	 * A confirmation, at the bottom right: away from the forms' buttons, which sit at the
	 * left, so that the toast does not take the click meant for the next step.
	 */
	public static void success(String message) {
		Notification notification = Notification.show(message, SUCCESS_DURATION_MS, Notification.Position.BOTTOM_END);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		notification.setId("notification-success");
	}

	static void unexpected() {
		UI ui = UI.getCurrent();
		String message = ui.getTranslation("error.unexpected");
		Notification notification = Notification.show(message, ERROR_DURATION_MS, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/**
	 * The text in the user's current language.
	 */
	public static String in(LocalizedText text) {
		return (text != null) ? text.in(UiSetup.currentLocale()) : "";
	}

	/**
	 * Lao for a Lao user, English otherwise: for the many entities that keep both names.
	 */
	public static String pick(String lao, String english) {
		Locale locale = UiSetup.currentLocale();
		boolean lo = locale != null && Languages.LAO.getLanguage().equals(locale.getLanguage());
		String chosen = lo ? lao : english;
		return (chosen == null || chosen.isBlank()) ? (lo ? english : lao) : chosen;
	}

}

package la.anuyat.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * The two working languages. Lao is the default: the regulator's users work in Lao,
 * English is the second language. The choice is kept in the session and in a cookie, so
 * that it survives logging out (which ends the session) and the next visit.
 */
public final class Languages {

	public static final Locale LAO = Locale.forLanguageTag("lo");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(LAO, ENGLISH);

	static final String COOKIE = "anuyat-lang";

	private static final String SESSION_ATTRIBUTE = Languages.class.getName();

	private Languages() {
	}

	/**
	 * The language a new UI starts in: the session's choice, else the cookie's, else Lao.
	 */
	static Locale initial(VaadinSession session, VaadinRequest request) {
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		return fromCookie(request).orElse(LAO);
	}

	/**
	 * Switches the whole application to the given language and reloads the page, so that
	 * every string (including those built once in constructors) is rendered again in the
	 * new language.
	 */
	public static void switchTo(Locale locale) {
		Locale target = supported(locale);
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, target);
			session.setLocale(target);
		}
		VaadinResponse response = VaadinResponse.getCurrent();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, target.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(60 * 60 * 24 * 365);
			cookie.setHttpOnly(true);
			response.addCookie(cookie);
		}
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.setLocale(target);
			ui.getPage().reload();
		}
	}

	static Locale supported(Locale locale) {
		return (locale != null && LAO.getLanguage().equals(locale.getLanguage())) ? LAO : ENGLISH;
	}

	private static Optional<Locale> fromCookie(VaadinRequest request) {
		if (request == null || request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return Optional.of(supported(Locale.forLanguageTag(cookie.getValue())));
			}
		}
		return Optional.empty();
	}

}

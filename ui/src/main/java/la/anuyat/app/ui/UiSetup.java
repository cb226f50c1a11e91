package la.anuyat.app.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import la.anuyat.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What every page of the application shares: the stylesheet with the Lao web font, the
 * starting language, and an error handler that shows a domain refusal in the user's
 * language instead of a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

	/**
	 * Served from META-INF/resources. Vaadin 24.9 does not read {@code @StyleSheet} on
	 * the app shell (that arrives in Vaadin 25), so the link goes into index.html here; a
	 * frontend theme folder would trigger an npm and Vite build.
	 */
	static final String STYLESHEET = "styles/anuyat.css";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener((response) -> {
			response.getDocument().head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
			response.getDocument().getElementsByTag("html").attr("lang", "lo");
		});
		event.getSource().addUIInitListener((uiEvent) -> {
			UI ui = uiEvent.getUI();
			Locale locale = Languages.initial(ui.getSession(), VaadinRequest.getCurrent());
			ui.getSession().setLocale(locale);
			ui.setLocale(locale);
			ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
		});
		event.getSource()
			.addSessionInitListener((sessionEvent) -> sessionEvent.getSession().setErrorHandler(this::handle));
	}

	private void handle(ErrorEvent event) {
		DomainException refusal = domainCause(event.getThrowable());
		UI ui = UI.getCurrent();
		if (refusal != null) {
			log.debug("Refused: {}", refusal.code());
			if (ui != null) {
				UserMessages.error(refusal);
			}
			return;
		}
		log.error("Unexpected error in the user interface", event.getThrowable());
		if (ui != null) {
			UserMessages.unexpected();
		}
	}

	static DomainException domainCause(Throwable throwable) {
		Throwable current = throwable;
		while (current != null) {
			if (current instanceof DomainException domain) {
				return domain;
			}
			current = current.getCause();
		}
		return null;
	}

	static Locale currentLocale() {
		UI ui = UI.getCurrent();
		if (ui != null) {
			return ui.getLocale();
		}
		VaadinSession session = VaadinSession.getCurrent();
		return (session != null) ? session.getLocale() : Languages.LAO;
	}

}

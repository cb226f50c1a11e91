package la.anuyat.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page behind it, or a page the user's role may not open: Vaadin
 * answers both as "not found" in production. Replaces Vaadin's English-only default.
 */
@AnonymousAllowed
class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		addClassName("login-page");
		Div card = new Div();
		card.addClassName("login-card");
		card.getElement().setAttribute("role", "main");
		Paragraph message = new Paragraph(getTranslation("error.pageNotFound", event.getLocation().getPath()));
		message.setId("page-not-found");
		Anchor home = new Anchor("", getTranslation("error.home"));
		home.setId("page-not-found-home");
		card.add(new LanguageSwitch(), new H1(getTranslation("error.notFound.title")), message, home);
		add(card);
		return HttpServletResponse.SC_NOT_FOUND;
	}

}

package la.anuyat.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.NotFoundException;

/**
 * A page that cannot be shown because a rule refuses it, in the user's language. A case
 * that does not exist and a case of another authority or company get the same "not
 * found": the refusal does not reveal that it exists.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class RefusalView extends Div implements HasErrorParameter<DomainException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
		DomainException refusal = parameter.getException();
		removeAll();
		addClassName("page");
		boolean notFound = refusal instanceof NotFoundException;
		H2 title = new H2(getTranslation(notFound ? "error.notFound.title" : "error.refused.title"));
		Paragraph message = new Paragraph(UserMessages.in(refusal.text()));
		message.setId("refusal-message");
		add(title, message);
		if (notFound) {
			return HttpServletResponse.SC_NOT_FOUND;
		}
		return (refusal instanceof ForbiddenException) ? HttpServletResponse.SC_FORBIDDEN
				: HttpServletResponse.SC_CONFLICT;
	}

}

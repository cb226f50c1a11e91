package la.anuyat.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.audit.AuditTrail;
import la.anuyat.audit.ChainVerification;

/**
 * Proves the audit trail: every entry's hash is recomputed along the chain, so an edited
 * or deleted entry shows up as the first broken link.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class AuditView extends VerticalLayout implements HasDynamicTitle {

	AuditView(AuditTrail audit) {
		addClassName("page");
		Div result = new Div();
		result.setId("audit-result");
		result.addClassName("audit-result");
		Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE.create(), (event) -> {
			ChainVerification verification = audit.verify();
			result.removeAll();
			result.getElement().getClassList().set("intact", verification.intact());
			result.getElement().getClassList().set("broken", !verification.intact());
			if (verification.intact()) {
				result
					.add(new Paragraph(getTranslation("audit.intact", String.valueOf(verification.entriesChecked()))));
			}
			else {
				result.add(new Paragraph(getTranslation("audit.broken", String.valueOf(verification.entriesChecked()),
						String.valueOf(verification.firstBrokenEntryId()))));
			}
		});
		verify.setId("audit-verify");
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), verify, result);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

}

package la.anuyat.licence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import la.anuyat.identity.Actor;
import la.anuyat.licence.VerificationStatus;

/**
 * The verbs on a licence in force that the reader may use: a section officer proposes to
 * suspend or revoke it, its holder asks to cancel it; none while a measure on it is in
 * progress. The services decide; a refusal is shown in the dialog.
 */
public class LicenceActions extends HorizontalLayout {

	public LicenceActions(LicenceMeasures measures, Actor actor, String licenceNumber, VerificationStatus standing,
			Runnable onChange) {
		setSpacing(true);
		setPadding(false);
		if (!LicenceMeasures.inForce(standing) || (!measures.mayPropose(actor) && !actor.isApplicant())
				|| measures.hasMeasureInProgress(actor, licenceNumber)) {
			return;
		}
		if (measures.mayPropose(actor)) {
			Button sanction = new Button(getTranslation("sanction.action"), VaadinIcon.BAN.create(),
					(event) -> new SanctionDialog(measures, actor, licenceNumber, onChange).open());
			sanction.setId("licence-sanction-" + licenceNumber);
			sanction.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			add(sanction);
		}
		if (actor.isApplicant()) {
			Button cancel = new Button(getTranslation("cancellation.action"), VaadinIcon.CLOSE_CIRCLE.create(),
					(event) -> new CancellationDialog(measures, actor, licenceNumber, onChange).open());
			cancel.setId("licence-cancel-" + licenceNumber);
			cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			add(cancel);
		}
	}

}

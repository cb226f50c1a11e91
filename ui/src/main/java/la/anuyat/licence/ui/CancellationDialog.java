package la.anuyat.licence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.identity.Actor;

/**
 * The holder asks to cancel their licence, saying why; a section officer confirms it, and
 * the licence stays in force until then.
 */
class CancellationDialog extends MeasureDialog {

	CancellationDialog(LicenceMeasures measures, Actor applicant, String licenceNumber, Runnable onDone) {
		super(title("cancellation.title", licenceNumber), "my-applications/", onDone);
		setId("cancellation-dialog");
		Paragraph explanation = new Paragraph(getTranslation("cancellation.text"));
		TextArea reason = text(getTranslation("cancellation.reason"), "cancellation-reason");
		add(explanation, reason);
		Button confirm = new Button(getTranslation("cancellation.confirm"),
				(event) -> submit(() -> measures.requestCancellation(applicant, licenceNumber, reason.getValue()),
						"cancellation.requested", (field, message) -> {
							reason.setErrorMessage(message);
							reason.setInvalid(true);
						}));
		confirm.setId("cancellation-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(cancelButton(), confirm);
	}

}

package la.anuyat.licence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.identity.Actor;
import la.anuyat.licence.LicenceMeasure;

/**
 * The holder answers a proposed measure within its response period; the answer goes to
 * the case for the review.
 */
class ResponseDialog extends MeasureDialog {

	ResponseDialog(LicenceMeasures measures, Actor applicant, LicenceMeasure measure, Runnable onDone) {
		super(title("response.title", measure.getCaseNumber()), "my-applications/", onDone);
		setId("response-dialog");
		TextArea response = text(getTranslation("response.text"), "response-text");
		add(new MeasureFacts(measure), response);
		Button send = new Button(getTranslation("response.send"),
				(event) -> submit(() -> measures.respond(applicant, measure.getLicenceNumber(), measure.getCaseNumber(),
						response.getValue()), "response.sent", (field, message) -> {
							response.setErrorMessage(message);
							response.setInvalid(true);
						}));
		send.setId("response-send");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancelButton(), send);
	}

}

package la.anuyat.licence.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;

/**
 * What the lifecycle's dialogs share: a submit that goes to the service, a refusal shown
 * in the user's language (and on the field it concerns), and once done the new case's
 * number with a link to it, in place of the form.
 */
abstract class MeasureDialog extends Dialog {

	private final Runnable onDone;

	private final String caseRoute;

	private boolean done;

	MeasureDialog(String title, String caseRoute, Runnable onDone) {
		this.caseRoute = caseRoute;
		setHeaderTitle(title);
		getElement().setAttribute("aria-label", title);
		this.onDone = onDone;
		setModal(true);
		setCloseOnOutsideClick(false);
		setWidth("min(36em, 95vw)");
		addOpenedChangeListener((event) -> {
			if (!event.isOpened() && this.done) {
				this.onDone.run();
			}
		});
	}

	/** The dialog's title, translated before the dialog exists. */
	static String title(String key, String argument) {
		return UI.getCurrent().getTranslation(key, argument);
	}

	/** A required text area, which the service checks too. */
	static TextArea text(String label, String id) {
		TextArea area = new TextArea(label);
		area.setId(id);
		area.setWidthFull();
		area.setMinHeight("6em");
		area.setRequiredIndicatorVisible(true);
		return area;
	}

	/**
	 * Runs the action; on success shows the case it opened (or answered), on a refusal
	 * keeps the form as it is.
	 * @param fields the text areas whose errors the service names by field
	 */
	void submit(Supplier<LicenceMeasure> action, String doneKey, FieldMarker fields) {
		LicenceMeasure measure;
		try {
			measure = action.get();
		}
		catch (InvalidInputException refusal) {
			refusal.fieldErrors().forEach((error) -> fields.mark(error.field(), UserMessages.in(error.message())));
			UserMessages.error(refusal);
			return;
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
			return;
		}
		this.done = true;
		String message = getTranslation(doneKey, measure.getCaseNumber());
		UserMessages.success(message);
		removeAll();
		getFooter().removeAll();
		Paragraph confirmation = new Paragraph(message);
		confirmation.setId("measure-dialog-done");
		Anchor link = new Anchor(this.caseRoute + measure.getCaseNumber(), measure.getCaseNumber());
		link.setId("measure-dialog-case");
		add(confirmation, link);
		Button close = new Button(getTranslation("measure.close"), (event) -> close());
		close.setId("measure-dialog-close");
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(close);
	}

	Button cancelButton() {
		Button cancel = new Button(getTranslation("action.cancel"), (event) -> close());
		cancel.setId("measure-dialog-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return cancel;
	}

	/** Marks the field the service refused. */
	@FunctionalInterface
	interface FieldMarker {

		void mark(String field, String message);

	}

}

package la.anuyat.licence.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.app.ui.Languages;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.app.ui.DatePickers;
import la.anuyat.licence.Measure;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.StatusReason;

/**
 * A section officer proposes to suspend a licence until a day, or to revoke it: the
 * grounds, the public reason category, and whether it is urgent. The proposal opens a
 * measure case; the holder is told and may respond, unless it is urgent.
 */
class SanctionDialog extends MeasureDialog {

	/**
	 * The categories an officer's measure may give; the others are the holder's or
	 * time's.
	 */
	private static final List<StatusReason> CATEGORIES = List.of(StatusReason.BREACH_OF_CONDITIONS,
			StatusReason.FALSE_INFORMATION, StatusReason.UNPAID_FEES, StatusReason.OTHER_MEASURE);

	SanctionDialog(LicenceMeasures measures, Actor officer, String licenceNumber, Runnable onDone) {
		super(title("sanction.title", licenceNumber), "cases/", onDone);
		setId("sanction-dialog");

		RadioButtonGroup<Measure> measure = new RadioButtonGroup<>(getTranslation("sanction.measure"));
		measure.setId("sanction-measure");
		measure.setItems(Measure.SUSPEND, Measure.REVOKE);
		measure.setItemLabelGenerator((choice) -> getTranslation("sanction.choice." + choice.name()));
		measure.setValue(Measure.SUSPEND);
		measure.setRequiredIndicatorVisible(true);

		DatePicker until = new DatePicker(getTranslation("sanction.until"));
		until.setId("sanction-until");
		until.setI18n(DatePickers.i18n(this));
		until.setMin(measures.today().plusDays(1));
		until.setHelperText(getTranslation("sanction.untilHelp"));
		until.setRequiredIndicatorVisible(true);
		measure.addValueChangeListener((event) -> until.setVisible(event.getValue() == Measure.SUSPEND));

		Select<StatusReason> category = new Select<>();
		category.setId("sanction-category");
		category.setLabel(getTranslation("sanction.category"));
		category.setHelperText(getTranslation("sanction.categoryHelp"));
		category.setItems(CATEGORIES);
		category.setItemLabelGenerator((reason) -> (reason == null) ? "" : UserMessages.in(reason.label()));
		category.setValue(StatusReason.BREACH_OF_CONDITIONS);
		category.setWidthFull();

		TextArea grounds = text(getTranslation("sanction.grounds"), "sanction-grounds");
		grounds.setHelperText(getTranslation("sanction.groundsHelp"));

		Checkbox urgent = new Checkbox(getTranslation("sanction.urgent"));
		urgent.setId("sanction-urgent");
		Paragraph urgentHint = new Paragraph(getTranslation("sanction.urgentHint"));
		urgentHint.addClassName("hint");

		add(measure, until, category, grounds, urgent, urgentHint);

		Button submit = new Button(getTranslation("sanction.submit"), (event) -> {
			grounds.setInvalid(false);
			until.setInvalid(false);
			boolean lao = isLao();
			String text = grounds.getValue();
			SanctionDraft draft = new SanctionDraft(measure.getValue(),
					(measure.getValue() == Measure.SUSPEND) ? until.getValue() : null, category.getValue(),
					lao ? text : null, lao ? null : text, urgent.getValue());
			submit(() -> measures.propose(officer, licenceNumber, draft), "sanction.proposed", (field, message) -> {
				if ("grounds".equals(field)) {
					grounds.setErrorMessage(message);
					grounds.setInvalid(true);
				}
				else if ("until".equals(field)) {
					until.setErrorMessage(message);
					until.setInvalid(true);
				}
			});
		});
		submit.setId("sanction-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(cancelButton(), submit);
	}

	private boolean isLao() {
		Locale locale = getLocale();
		return locale != null && Languages.LAO.getLanguage().equals(locale.getLanguage());
	}

}

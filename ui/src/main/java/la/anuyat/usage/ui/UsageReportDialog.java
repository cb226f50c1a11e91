package la.anuyat.usage.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.usage.UsageFigures;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportDraft;

/**
 * The holder's usage report for one period: the calls or messages received, whether the
 * number still serves its purpose, and remarks. The service checks the figures; its
 * refusal shows on the fields it names.
 */
class UsageReportDialog extends Dialog {

	private final IntegerField calls;

	private final RadioButtonGroup<Boolean> purpose;

	private final TextArea remarks;

	UsageReportDialog(LicenceUsageReports usage, Actor applicant, UsageReport report, Runnable onDone) {
		String title = UI.getCurrent()
			.getTranslation("usage.dialogTitle", DisplayFormats.date(report.getPeriodStart()),
					DisplayFormats.date(report.getPeriodEnd()));
		setHeaderTitle(title);
		getElement().setAttribute("aria-label", title);
		setId("usage-report-dialog");
		setModal(true);
		setCloseOnOutsideClick(false);
		setWidth("min(36em, 95vw)");
		Paragraph due = new Paragraph(getTranslation("usage.dueBy", DisplayFormats.date(report.getDueDate())));
		this.calls = new IntegerField(getTranslation("usage.calls"));
		this.calls.setId("usage-calls");
		this.calls.setMin(0);
		this.calls.setRequiredIndicatorVisible(true);
		this.calls.setWidthFull();
		this.purpose = new RadioButtonGroup<>(getTranslation("usage.purpose"));
		this.purpose.setId("usage-purpose");
		this.purpose.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
		this.purpose.setItemLabelGenerator(
				(same) -> getTranslation(same ? "usage.purposeSameAnswer" : "usage.purposeChangedAnswer"));
		this.purpose.setRequiredIndicatorVisible(true);
		this.remarks = new TextArea(getTranslation("usage.remarks"));
		this.remarks.setId("usage-remarks");
		this.remarks.setMaxLength(UsageFigures.MAX_REMARKS);
		this.remarks.setWidthFull();
		add(due, this.calls, this.purpose, this.remarks);
		Button cancel = new Button(getTranslation("action.cancel"), (event) -> close());
		cancel.setId("usage-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button send = new Button(getTranslation("usage.send"), (event) -> send(usage, applicant, report, onDone));
		send.setId("usage-send");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, send);
	}

	private void send(LicenceUsageReports usage, Actor applicant, UsageReport report, Runnable onDone) {
		this.calls.setInvalid(false);
		this.purpose.setInvalid(false);
		this.remarks.setInvalid(false);
		Integer count = this.calls.getValue();
		try {
			usage.submit(applicant, report.getLicenceNumber(), report.getId(), new UsageReportDraft(
					(count != null) ? count.longValue() : null, this.purpose.getValue(), this.remarks.getValue()));
		}
		catch (InvalidInputException refusal) {
			refusal.fieldErrors().forEach((error) -> mark(error.field(), UserMessages.in(error.message())));
			UserMessages.error(refusal);
			return;
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
			return;
		}
		UserMessages.success(getTranslation("usage.sent"));
		close();
		onDone.run();
	}

	private void mark(String field, String message) {
		switch (field) {
			case "callsReceived" -> {
				this.calls.setErrorMessage(message);
				this.calls.setInvalid(true);
			}
			case "purposeUnchanged" -> {
				this.purpose.setErrorMessage(message);
				this.purpose.setInvalid(true);
			}
			default -> {
				this.remarks.setErrorMessage(message);
				this.remarks.setInvalid(true);
			}
		}
	}

}

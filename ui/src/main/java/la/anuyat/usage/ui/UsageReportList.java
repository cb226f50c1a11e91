package la.anuyat.usage.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportStatus;

/**
 * The usage reports of the licences that owe them, one block per licence: the period
 * running now, and each ended period's report with its status, due date and, once
 * submitted, its figures. The holder submits a due or overdue report from here; officers
 * see the same list.
 */
public class UsageReportList extends Div {

	public UsageReportList(LicenceUsageReports usage, Actor actor, List<String> licenceNumbers, Runnable onChange) {
		setId("usage-reports");
		setWidthFull();
		for (String licenceNumber : licenceNumbers) {
			add(licenceBlock(usage, actor, licenceNumber, onChange));
		}
	}

	private Div licenceBlock(LicenceUsageReports usage, Actor actor, String licenceNumber, Runnable onChange) {
		Div block = new Div();
		block.setId("usage-reports-" + licenceNumber);
		block.setWidthFull();
		block.add(new H3(getTranslation("usage.licence", licenceNumber)));
		usage.currentPeriod(licenceNumber).ifPresent((period) -> {
			Paragraph current = new Paragraph(getTranslation("usage.currentPeriod", DisplayFormats.date(period.start()),
					DisplayFormats.date(period.end())));
			current.setId("usage-current-" + licenceNumber);
			block.add(current);
		});
		List<UsageReport> reports = usage.reportsOf(actor, licenceNumber);
		if (reports.isEmpty()) {
			block.add(new Paragraph(getTranslation("usage.none")));
			return block;
		}
		Grid<UsageReport> grid = new Grid<>();
		grid.setId("usage-grid-" + licenceNumber);
		grid.addColumn((report) -> DisplayFormats.date(report.getPeriodStart()) + " – "
				+ DisplayFormats.date(report.getPeriodEnd()))
			.setHeader(getTranslation("usage.period"))
			.setAutoWidth(true);
		grid.addColumn((report) -> DisplayFormats.date(report.getDueDate()))
			.setHeader(getTranslation("usage.dueDate"))
			.setAutoWidth(true);
		grid.addComponentColumn(this::status).setHeader(getTranslation("usage.status")).setAutoWidth(true);
		grid.addColumn(this::figures).setHeader(getTranslation("usage.figures")).setFlexGrow(1).setWidth("16em");
		grid.addColumn(this::submitted).setHeader(getTranslation("usage.submittedAt")).setAutoWidth(true);
		if (actor.isApplicant()) {
			grid.addComponentColumn((report) -> submitButton(usage, actor, report, onChange)).setAutoWidth(true);
		}
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setItems(reports);
		grid.setAllRowsVisible(true);
		grid.setWidthFull();
		block.add(grid);
		return block;
	}

	private Span status(UsageReport report) {
		String text = UserMessages.in(report.getStatus().label());
		if (report.getStatus() == UsageReportStatus.SUBMITTED && report.isLate()) {
			text = text + " · " + getTranslation("usage.late");
		}
		Span badge = new Span(text);
		badge.addClassNames("status-badge", "usage-" + report.getStatus().name());
		return badge;
	}

	private String figures(UsageReport report) {
		if (report.getStatus() != UsageReportStatus.SUBMITTED) {
			return "—";
		}
		String purpose = getTranslation(
				Boolean.TRUE.equals(report.getPurposeUnchanged()) ? "usage.purposeSame" : "usage.purposeChanged");
		String text = getTranslation("usage.callsCount", report.getCallsReceived()) + " · " + purpose;
		return (report.getRemarks() != null) ? text + " · " + report.getRemarks() : text;
	}

	private String submitted(UsageReport report) {
		return (report.getSubmittedAt() != null) ? DisplayFormats.date(report.getSubmittedAt()) : "—";
	}

	private Component submitButton(LicenceUsageReports usage, Actor actor, UsageReport report, Runnable onChange) {
		if (report.getStatus() == UsageReportStatus.SUBMITTED) {
			return new Span();
		}
		Button submit = new Button(getTranslation("usage.submit"),
				(event) -> new UsageReportDialog(usage, actor, report, onChange).open());
		submit.setId("usage-submit-" + report.getId());
		submit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		return submit;
	}

}

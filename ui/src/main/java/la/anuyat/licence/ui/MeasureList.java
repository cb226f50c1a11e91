package la.anuyat.licence.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.licence.LicenceMeasure;

/**
 * The measures on some licences, in progress and past, newest first: what each proposes,
 * until when the holder may respond, and where it stands. The holder answers a measure
 * that waits for them from here.
 */
public class MeasureList extends Div {

	public MeasureList(LicenceMeasures measures, Actor actor, List<String> licenceNumbers, Runnable onChange) {
		setId("measure-list");
		setWidthFull();
		List<LicenceMeasure> all = licenceNumbers.stream()
			.flatMap((number) -> measures.measuresOf(actor, number).stream())
			.sorted(Comparator.comparing(LicenceMeasure::getRequestedAt).reversed())
			.toList();
		if (all.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("measure.none"));
			none.setId("measure-list-empty");
			add(none);
			return;
		}
		LocalDate today = measures.today();
		String route = actor.isApplicant() ? "my-applications/" : "cases/";
		Grid<LicenceMeasure> grid = new Grid<>();
		grid.setId("measure-grid");
		grid.addComponentColumn((measure) -> new Anchor(route + measure.getCaseNumber(), measure.getCaseNumber()))
			.setHeader(getTranslation("measure.case"))
			.setAutoWidth(true);
		if (licenceNumbers.size() > 1) {
			grid.addColumn(LicenceMeasure::getLicenceNumber)
				.setHeader(getTranslation("measure.licence"))
				.setAutoWidth(true);
		}
		grid.addColumn(this::what).setHeader(getTranslation("measure.measure")).setAutoWidth(true);
		grid.addColumn((measure) -> UserMessages.in(measure.grounds()))
			.setHeader(getTranslation("measure.grounds"))
			.setFlexGrow(1)
			.setWidth("14em");
		grid.addColumn((measure) -> DisplayFormats.date(measure.getRequestedAt()))
			.setHeader(getTranslation("measure.requested"))
			.setAutoWidth(true);
		grid.addColumn(this::response).setHeader(getTranslation("measure.respondBy")).setAutoWidth(true);
		grid.addComponentColumn(this::outcome).setHeader(getTranslation("measure.outcome")).setAutoWidth(true);
		if (actor.isApplicant()) {
			grid.addComponentColumn((measure) -> respondButton(measures, actor, measure, today, onChange))
				.setAutoWidth(true);
		}
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setItems(all);
		grid.setAllRowsVisible(true);
		grid.setWidthFull();
		add(grid);
	}

	private String what(LicenceMeasure measure) {
		String text = getTranslation("measure.kind." + measure.getMeasure().name());
		if (measure.getSuspendUntil() != null) {
			text = text + " "
					+ getTranslation("register.suspendedUntil", DisplayFormats.date(measure.getSuspendUntil()));
		}
		return measure.isUrgent() ? text + " · " + getTranslation("measure.urgentShort") : text;
	}

	private String response(LicenceMeasure measure) {
		if (measure.getResponse() != null) {
			return getTranslation("measure.responded", DisplayFormats.date(measure.getRespondedAt()));
		}
		return (measure.getRespondBy() != null) ? DisplayFormats.date(measure.getRespondBy()) : "—";
	}

	private Span outcome(LicenceMeasure measure) {
		Span badge = new Span(getTranslation("measure.outcome." + measure.getOutcome().name()));
		badge.addClassNames("status-badge", "measure-" + measure.getOutcome().name());
		return badge;
	}

	private Component respondButton(LicenceMeasures measures, Actor actor, LicenceMeasure measure, LocalDate today,
			Runnable onChange) {
		if (!measure.awaitsResponse(today)) {
			return new Span();
		}
		Button respond = new Button(getTranslation("measure.respond"),
				(event) -> new ResponseDialog(measures, actor, measure, onChange).open());
		respond.setId("measure-respond-" + measure.getCaseNumber());
		respond.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		return respond;
	}

}

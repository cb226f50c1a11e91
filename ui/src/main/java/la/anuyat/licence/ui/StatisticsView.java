package la.anuyat.licence.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.licence.LicenceStatistics;
import la.anuyat.licence.LicenceStatistics.Report;
import la.anuyat.licence.LicenceType;
import la.anuyat.shared.DomainException;

/**
 * The statistics a department keeps of its licences in force, by the answers their forms
 * tag (SIM-card dealers by district and operator): the counts per answer, the crossed
 * table, and the same as CSV.
 */
@Route(value = "statistics", layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

	private final LicenceStatistics statistics;

	private final CurrentActor currentActor;

	private final Div result = new Div();

	StatisticsView(LicenceStatistics statistics, CurrentActor currentActor) {
		this.statistics = statistics;
		this.currentActor = currentActor;
		addClassName("page");
		setId("statistics-page");
		H1 title = new H1(getTranslation("statistics.title"));
		title.addClassName("page-title");
		List<LicenceType> types = statistics.countedTypes();
		Select<LicenceType> type = new Select<>();
		type.setId("statistics-type");
		type.setLabel(getTranslation("statistics.licenceType"));
		type.setItems(types);
		type.setItemLabelGenerator((item) -> (item == null) ? "" : UserMessages.in(item.getName()));
		type.addValueChangeListener((event) -> show(event.getValue()));
		this.result.setWidthFull();
		add(title, new Paragraph(getTranslation("statistics.intro")), type, this.result);
		if (!types.isEmpty()) {
			type.setValue(types.get(0));
		}
	}

	private void show(LicenceType type) {
		this.result.removeAll();
		if (type == null) {
			return;
		}
		Actor actor = this.currentActor.actor();
		Report report;
		try {
			report = this.statistics.report(actor, type.getCode(),
					actor.seesEveryAuthority() ? null : actor.authorityCode());
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
			return;
		}
		Paragraph total = new Paragraph(getTranslation("statistics.total", report.total()));
		total.setId("statistics-total");
		this.result.add(total);
		for (LicenceStatistics.Breakdown breakdown : report.breakdowns()) {
			Grid<Map.Entry<String, Long>> grid = new Grid<>();
			grid.setId("statistics-" + breakdown.key().replace('.', '-'));
			grid.addColumn((row) -> UserMessages.in(breakdown.labels().get(row.getKey())))
				.setHeader(UserMessages.in(breakdown.label()))
				.setFlexGrow(1);
			grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("statistics.licences")).setAutoWidth(true);
			grid.setItems(List.copyOf(breakdown.counts().entrySet()));
			grid.setAllRowsVisible(true);
			this.result.add(new H2(UserMessages.in(breakdown.label())), grid);
		}
		if (report.breakdowns().size() >= 2) {
			List<String> columns = report.crossedColumns();
			Grid<Map.Entry<String, Map<String, Long>>> crossed = new Grid<>();
			crossed.setId("statistics-crossed");
			crossed.addColumn(Map.Entry::getKey)
				.setHeader(UserMessages.in(report.breakdowns().get(0).label()))
				.setAutoWidth(true);
			for (String column : columns) {
				crossed.addColumn((row) -> row.getValue().getOrDefault(column, 0L))
					.setHeader(UserMessages.in(report.breakdowns().get(1).labels().get(column)))
					.setAutoWidth(true);
			}
			crossed.setItems(List.copyOf(report.crossed().entrySet()));
			crossed.setAllRowsVisible(true);
			this.result.add(new H2(getTranslation("statistics.crossed")), crossed);
		}
		byte[] csv = report.toCsv().getBytes(StandardCharsets.UTF_8);
		Anchor download = new Anchor(
				DownloadHandler.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(csv),
						type.getCode() + "-" + report.on() + ".csv", "text/csv;charset=UTF-8", csv.length)),
				AttachmentType.DOWNLOAD, getTranslation("statistics.csv"));
		download.setId("statistics-csv");
		this.result.add(download);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("statistics.title");
	}

}

package la.anuyat.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.AuthorityCoverage;
import la.anuyat.inspection.InspectionPlans.MonthCoverage;
import la.anuyat.shared.DomainException;

/**
 * Inspection coverage across authorities for a year: a row per authority (the ministry
 * and each province), a column per month with the inspections done of those planned and
 * the overdue ones, and the year's totals. The ministry's overseers see every authority;
 * a province only itself.
 */
@Route(value = "inspections/coverage", layout = MainLayout.class)
@RolesAllowed({ "LEADERSHIP", "SECTION_OFFICER", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final InspectionPlans plans;

	private final CurrentActor currentActor;

	private final Select<Integer> year = new Select<>();

	private final Grid<AuthorityCoverage> grid = new Grid<>();

	CoverageView(InspectionPlans plans, CurrentActor currentActor, Clock clock) {
		this.plans = plans;
		this.currentActor = currentActor;
		addClassName("page");
		setSizeFull();
		int thisYear = LocalDate.now(clock).getYear();
		this.year.setId("coverage-year");
		this.year.setLabel(getTranslation("coverage.year"));
		this.year.setItems(thisYear - 1, thisYear, thisYear + 1);
		this.year.setValue(thisYear);
		this.year.addValueChangeListener((event) -> refresh());
		this.grid.setId("coverage-grid");
		this.grid.addColumn((row) -> UserMessages.in(row.name()))
			.setHeader(getTranslation("coverage.authority"))
			.setAutoWidth(true)
			.setFrozen(true);
		this.grid
			.addColumn((row) -> (row.planStatus() != null) ? getTranslation("plan.status." + row.planStatus().name())
					: getTranslation("coverage.noPlan"))
			.setHeader(getTranslation("coverage.plan"))
			.setAutoWidth(true);
		IntStream.rangeClosed(1, 12)
			.forEach((month) -> this.grid.addColumn((row) -> cell(row.months().get(month - 1)))
				.setHeader(InspectionLabels.month(getLocale(), month))
				.setAutoWidth(true));
		this.grid.addColumn((row) -> total(row)).setHeader(getTranslation("coverage.total")).setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setSizeFull();
		add(new H2(getTranslation("coverage.title")), new Paragraph(getTranslation("coverage.legend")), this.year,
				this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.title");
	}

	private void refresh() {
		try {
			List<AuthorityCoverage> rows = this.plans.coverageAcrossAuthorities(this.currentActor.actor(),
					this.year.getValue());
			this.grid.setItems(rows);
		}
		catch (DomainException refusal) {
			this.grid.setItems(List.of());
			UserMessages.error(refusal);
		}
	}

	/** "done/planned", and the overdue ones when there are any. */
	private String cell(MonthCoverage month) {
		if (month.planned() == 0) {
			return "–";
		}
		return month.done() + "/" + month.planned()
				+ ((month.overdue() > 0) ? " " + getTranslation("coverage.overdue", month.overdue()) : "");
	}

	private String total(AuthorityCoverage row) {
		return row.done() + "/" + row.planned()
				+ ((row.overdue() > 0) ? " " + getTranslation("coverage.overdue", row.overdue()) : "");
	}

}

package la.anuyat.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.EntryView;

/**
 * The company page's section on inspections: planned and done, newest year first. Staff
 * only: a planned inspection is not announced to the business.
 */
public class CompanyInspections extends Div {

	public CompanyInspections(InspectionPlans plans, Clock clock, Actor actor, long companyId) {
		setId("company-inspections");
		List<EntryView> inspections = plans.ofCompany(actor, companyId);
		if (inspections.isEmpty()) {
			add(new Paragraph(getTranslation("companyInspections.none")));
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Grid<EntryView> grid = new Grid<>();
		grid.addColumn((view) -> InspectionLabels.when(this, view.entry()))
			.setHeader(getTranslation("plan.when"))
			.setAutoWidth(true);
		grid.addColumn((view) -> view.entry().getSubjectRef())
			.setHeader(getTranslation("plan.subject"))
			.setAutoWidth(true);
		grid.addColumn((view) -> InspectionLabels.type(this, view.entry()))
			.setHeader(getTranslation("plan.type"))
			.setFlexGrow(1);
		grid.addColumn((view) -> InspectionLabels.status(this, view.entry(), today))
			.setHeader(getTranslation("plan.entryStatus"))
			.setAutoWidth(true);
		grid.addColumn((view) -> InspectionLabels.team(view.team()))
			.setHeader(getTranslation("plan.team"))
			.setAutoWidth(true);
		grid.setItems(inspections);
		grid.setAllRowsVisible(true);
		add(grid);
	}

}

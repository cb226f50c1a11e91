package la.anuyat.licence.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.process.CatalogueOverview;
import la.anuyat.licence.process.CatalogueOverview.CaseTypeEntry;
import la.anuyat.licence.process.CatalogueOverview.DecisionRule;
import la.anuyat.licence.process.CatalogueOverview.DecisionTable;
import la.anuyat.licence.process.CatalogueOverview.ProcessModel;
import la.anuyat.licence.process.LicenceCatalogue;

/**
 * The catalogue as deployed, read-only, for administrators: every case type, every
 * decision table (the rules the regulator may change, as an analyst edits them in Camunda
 * Modeler) and a link to each process in Cockpit.
 */
@Route(value = "admin/catalogue", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LicenceCatalogue catalogue;

	private final CurrentActor currentActor;

	CatalogueView(LicenceCatalogue catalogue, CurrentActor currentActor) {
		this.catalogue = catalogue;
		this.currentActor = currentActor;
		addClassName("page");
		setId("catalogue-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		CatalogueOverview overview = this.catalogue.overview(this.currentActor.actor());
		H1 title = new H1(getTranslation("catalogue.title"));
		title.addClassName("page-title");
		add(title, new Paragraph(getTranslation("catalogue.intro")), new H2(getTranslation("catalogue.caseTypes")),
				caseTypes(overview.caseTypes()), new H2(getTranslation("catalogue.decisions")),
				new Paragraph(getTranslation("catalogue.decisionsIntro")));
		overview.decisions().forEach((table) -> add(decision(table)));
		add(new H2(getTranslation("catalogue.processes")), processes(overview.processes()));
	}

	private Grid<CaseTypeEntry> caseTypes(List<CaseTypeEntry> types) {
		Grid<CaseTypeEntry> grid = new Grid<>();
		grid.setId("catalogue-case-types");
		grid.addColumn(CaseTypeEntry::code).setHeader(getTranslation("catalogue.code")).setAutoWidth(true);
		// both names in one column, Lao above English, so that the section, form and
		// process fit beside them on an administrator's screen
		grid.addComponentColumn((type) -> {
			Span lao = new Span(type.name().lo());
			lao.getElement().setAttribute("lang", "lo");
			Span english = new Span(type.name().en());
			english.getElement().setAttribute("lang", "en");
			Div names = new Div(lao, english);
			names.addClassName("catalogue-names");
			return names;
		}).setHeader(getTranslation("catalogue.name")).setWidth("16em").setFlexGrow(1);
		grid.addColumn(CaseTypeEntry::family).setHeader(getTranslation("catalogue.family")).setAutoWidth(true);
		grid.addColumn(CaseTypeEntry::casePrefix).setHeader(getTranslation("catalogue.prefix")).setAutoWidth(true);
		grid.addColumn(CaseTypeEntry::sectionCode).setHeader(getTranslation("catalogue.section")).setAutoWidth(true);
		grid.addColumn(CaseTypeEntry::processKey).setHeader(getTranslation("catalogue.process")).setAutoWidth(true);
		grid.addColumn((type) -> (type.formKey() != null) ? type.formKey() : "—")
			.setHeader(getTranslation("catalogue.form"))
			.setAutoWidth(true);
		grid.addColumn((type) -> UserMessages.in(type.certificateTitle()))
			.setHeader(getTranslation("catalogue.certificateTitle"))
			.setWidth("16em");
		grid.addColumn((type) -> getTranslation(type.active() ? "catalogue.active" : "catalogue.inactive"))
			.setHeader(getTranslation("catalogue.state"))
			.setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		grid.setItems(types);
		grid.setAllRowsVisible(true);
		grid.setWidthFull();
		return grid;
	}

	private Div decision(DecisionTable table) {
		H3 name = new H3(table.name());
		Paragraph facts = new Paragraph(getTranslation("catalogue.decisionFacts", table.key(), table.resource(),
				String.valueOf(table.version()), table.hitPolicy()));
		facts.addClassName("hint");
		Paragraph description = new Paragraph(UserMessages.in(table.description()));
		Grid<DecisionRule> rules = new Grid<>();
		rules.setId("catalogue-decision-" + table.key());
		rules.addColumn((rule) -> String.valueOf(table.rules().indexOf(rule) + 1))
			.setHeader("#")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		for (int i = 0; i < table.inputs().size(); i++) {
			int column = i;
			rules.addColumn((rule) -> entry(rule.inputEntries(), column))
				.setHeader(getTranslation("catalogue.when", table.inputs().get(i)))
				.setAutoWidth(true);
		}
		for (int i = 0; i < table.outputs().size(); i++) {
			int column = i;
			rules.addColumn((rule) -> entry(rule.outputEntries(), column))
				.setHeader(getTranslation("catalogue.then", table.outputs().get(i)))
				.setAutoWidth(true);
		}
		rules.addColumn((rule) -> UserMessages.in(rule.description()))
			.setHeader(getTranslation("catalogue.ruleDescription"))
			.setFlexGrow(1)
			.setWidth("20em");
		rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		rules.setItems(table.rules());
		rules.setAllRowsVisible(true);
		rules.setWidthFull();
		Div section = new Div(name, facts, description, rules);
		section.addClassName("catalogue-decision");
		section.setWidthFull();
		return section;
	}

	/** An entry as the table reads it: an empty input entry matches any value. */
	private String entry(List<String> entries, int column) {
		String text = (column < entries.size()) ? entries.get(column) : "";
		return text.isBlank() ? getTranslation("catalogue.any") : text;
	}

	private UnorderedList processes(List<ProcessModel> processes) {
		UnorderedList list = new UnorderedList();
		list.setId("catalogue-processes");
		for (ProcessModel process : processes) {
			// relative to the application, as the menu's link to Cockpit
			Anchor link = new Anchor(process.cockpitPath().replaceFirst("^/", ""),
					process.name() + " (" + process.key() + ", v" + process.version() + ")");
			link.setRouterIgnore(true);
			link.setTarget(AnchorTarget.BLANK);
			link.setId("catalogue-process-" + process.key());
			list.add(new ListItem(link));
		}
		return list;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.title");
	}

}

package la.anuyat.licence.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.casefile.ui.StatusBadge;
import la.anuyat.casefile.ui.DueDate;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.casefile.CaseFile;
import la.anuyat.licence.LicenceApplication;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceType;

/**
 * The applicant's applications: where each stands, by when the current step is due, and
 * the licence number once issued. A table on a wide screen; on a phone, where the table's
 * columns would not fit, one card per application (anuyat.css chooses).
 */
@Route(value = "my-applications", layout = MainLayout.class)
@RolesAllowed("APPLICANT")
class MyApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final ApplicantDesk desk;

	private final CurrentActor currentActor;

	private final Grid<CaseFile> grid = new Grid<>();

	private final UnorderedList cards = new UnorderedList();

	private final Paragraph empty = new Paragraph();

	private final LicenceApplications applications;

	private Map<String, LicenceType> licenceTypes = Map.of();

	private Map<Long, LicenceApplication> applied = Map.of();

	MyApplicationsView(ApplicantDesk desk, CurrentActor currentActor, LicenceApplications applications) {
		this.applications = applications;
		this.desk = desk;
		this.currentActor = currentActor;
		addClassName("page");

		Button apply = new Button(getTranslation("myapps.new"), VaadinIcon.PLUS.create(),
				(event) -> getUI().ifPresent((ui) -> ui.navigate("new-application")));
		apply.setId("myapps-new");
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("myapps.title")), apply);
		header.setWidthFull();
		header.setAlignItems(Alignment.BASELINE);
		header.setJustifyContentMode(JustifyContentMode.BETWEEN);
		header.addClassName("page-title");

		this.grid.setId("myapps-grid");
		this.grid.addColumn(CaseFile::getCaseNumber)
			.setHeader(getTranslation("myapps.caseNumber"))
			.setAutoWidth(true)
			.setSortable(true);
		this.grid.addColumn(this::licenceTypeName)
			.setHeader(getTranslation("myapps.licenceType"))
			.setWidth("18em")
			.setFlexGrow(1)
			.setTooltipGenerator(this::licenceTypeName);
		this.grid.addComponentColumn((caseFile) -> new StatusBadge(caseFile.getStatus()))
			.setHeader(getTranslation("myapps.status"))
			.setAutoWidth(true);
		this.grid
			.addComponentColumn(
					(caseFile) -> new DueDate(caseFile.getStatus().isClosed() ? null : caseFile.getDueDate(),
							!caseFile.getStatus().isClosed() && DueDate.isOverdue(caseFile.getDueDate())))
			.setHeader(getTranslation("myapps.due"))
			.setAutoWidth(true);
		this.grid.addColumn((caseFile) -> Objects.requireNonNullElse(issuedBy(caseFile), ""))
			.setHeader(getTranslation("myapps.licenceNumber"))
			.setAutoWidth(true);
		this.grid.addItemClickListener((event) -> open(event.getItem()));
		this.grid.setAllRowsVisible(true);
		this.grid.addClassName("wide-only");
		this.cards.setId("myapps-cards");
		this.cards.addClassNames("case-cards", "narrow-only");

		this.empty.setText(getTranslation("myapps.empty"));
		this.empty.setId("myapps-empty");
		add(header, this.grid, this.cards, this.empty);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.licenceTypes = this.desk.licenceTypesByCode();
		List<CaseFile> cases = this.desk.myCases(this.currentActor.actor())
			.stream()
			.sorted(Comparator.comparing(CaseFile::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		this.applied = this.applications.ofCases(cases.stream().map(CaseFile::getId).toList());
		this.grid.setItems(cases);
		this.grid.setVisible(!cases.isEmpty());
		this.cards.removeAll();
		cases.forEach((caseFile) -> this.cards.add(card(caseFile)));
		this.cards.setVisible(!cases.isEmpty());
		this.empty.setVisible(cases.isEmpty());
	}

	/** The licence type, and the kind of application when it is not a new licence. */
	private String licenceTypeName(CaseFile caseFile) {
		LicenceType type = this.licenceTypes.get(caseFile.getCaseType());
		String name = (type != null) ? UserMessages.pick(type.getNameLo(), type.getNameEn()) : caseFile.getCaseType();
		LicenceApplication application = this.applied.get(caseFile.getId());
		return (application == null || application.getKind() == ApplicationKind.NEW) ? name
				: name + " · " + UserMessages.in(application.getKind().label());
	}

	private String issuedBy(CaseFile caseFile) {
		LicenceApplication application = this.applied.get(caseFile.getId());
		return (application != null) ? application.getLicenceNumber() : null;
	}

	private ListItem card(CaseFile caseFile) {
		Anchor number = new Anchor(target(caseFile), caseFile.getCaseNumber());
		number.setId("myapps-card-" + caseFile.getCaseNumber());
		number.addClassName("case-card-number");
		Div title = new Div(number, new StatusBadge(caseFile.getStatus()));
		title.addClassName("case-card-title");
		Div type = new Div(licenceTypeName(caseFile));
		ListItem card = new ListItem(title, type);
		card.addClassName("case-card");
		if (!caseFile.getStatus().isClosed() && caseFile.getDueDate() != null) {
			card.add(new Div(label("myapps.due"),
					new DueDate(caseFile.getDueDate(), DueDate.isOverdue(caseFile.getDueDate()))));
		}
		if (issuedBy(caseFile) != null) {
			card.add(new Div(label("myapps.licenceNumber"), new Span(issuedBy(caseFile))));
		}
		return card;
	}

	private Span label(String key) {
		Span label = new Span(getTranslation(key) + ": ");
		label.addClassName("case-card-label");
		return label;
	}

	private static String target(CaseFile caseFile) {
		return (caseFile.getStatus() == la.anuyat.casefile.CaseStatus.DRAFT)
				? "new-application/" + caseFile.getCaseNumber() : "my-applications/" + caseFile.getCaseNumber();
	}

	private void open(CaseFile caseFile) {
		getUI().ifPresent((ui) -> ui.navigate(target(caseFile)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("myapps.title");
	}

}

package la.anuyat.company.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.ui.CompanyInspections;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.company.CompanyFile;
import la.anuyat.company.CompanyFile.CaseLine;
import la.anuyat.company.CompanyFile.EquipmentLine;
import la.anuyat.company.CompanyFile.FrequencyLine;
import la.anuyat.company.CompanyFile.LicenceLine;
import la.anuyat.licence.intake.LicenceIntake;
import la.anuyat.company.CompanyFiles;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.ui.LicenceActions;
import la.anuyat.licence.ui.LicenceMeasures;
import la.anuyat.licence.ui.MeasureList;
import la.anuyat.licence.ui.StandingBadge;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.party.Company;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.NotFoundException;
import la.anuyat.usage.ui.LicenceUsageReports;
import la.anuyat.usage.ui.UsageReportList;

/**
 * One page per company: who it is, its licences and where each stands, its cases, and
 * what happened on them, newest first. Staff reach it from a case; the company's
 * applicants from the menu ({@code companies/mine}). Outside the reader's jurisdiction
 * the company does not exist.
 */
@Route(value = "companies/:id", layout = MainLayout.class)
@PermitAll
class CompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String MINE = "mine";

	private final CompanyFiles companyFiles;

	private final CurrentActor currentActor;

	private final LicenceMeasures measures;

	private final LicenceIntake intake;

	private final LicenceUsageReports usageReports;

	private String title = "";

	private long companyId;

	private final InspectionPlans inspections;

	private final Clock clock;

	CompanyView(CompanyFiles companyFiles, CurrentActor currentActor, LicenceMeasures measures, LicenceIntake intake,
			LicenceUsageReports usageReports, InspectionPlans inspections, Clock clock) {
		this.inspections = inspections;
		this.clock = clock;
		this.intake = intake;
		this.usageReports = usageReports;
		this.companyFiles = companyFiles;
		this.currentActor = currentActor;
		this.measures = measures;
		addClassName("page");
		setId("company-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		Actor actor = this.currentActor.actor();
		String id = event.getRouteParameters().get("id").orElse("");
		try {
			this.companyId = MINE.equals(id) && actor.companyId() != null ? actor.companyId() : Long.parseLong(id);
			show(this.companyFiles.of(actor, this.companyId), actor);
		}
		catch (NumberFormatException | NotFoundException ex) {
			this.title = getTranslation("company.notFound");
			add(new H1(this.title), new Paragraph(getTranslation("company.notFoundText")));
		}
	}

	private void show(CompanyFile file, Actor actor) {
		Company company = file.company();
		this.title = UserMessages.pick(company.getNameLo(),
				(company.getNameEn() != null && !company.getNameEn().isBlank()) ? company.getNameEn()
						: company.getNameLo());
		H1 heading = new H1(this.title);
		heading.addClassName("page-title");
		Div details = new Div(fact("company.registrationNumber", company.getRegistrationNumber()),
				fact("company.taxNumber", company.getTaxNumber()), fact("company.address", company.getAddress()),
				fact("company.province", company.getProvinceCode()));
		details.addClassName("company-facts");
		add(heading, details, new H2(getTranslation("company.licences")), licences(file, actor));
		if (!file.licences().isEmpty()) {
			add(new H2(getTranslation("company.measures")), new MeasureList(this.measures, actor,
					file.licences().stream().map(LicenceLine::licenceNumber).toList(), this::reload));
			List<String> reporting = file.licences()
				.stream()
				.map(LicenceLine::licenceNumber)
				.filter((number) -> this.usageReports.owesReports(actor, number))
				.toList();
			if (!reporting.isEmpty()) {
				add(new H2(getTranslation("usage.title")),
						new UsageReportList(this.usageReports, actor, reporting, this::reload));
			}
		}
		add(new H2(getTranslation("company.equipment")), equipment(file));
		add(new H2(getTranslation("company.frequencies")), frequencies(file));
		if (actor.isStaff()) {
			// planned inspections are not announced to the business: staff only
			add(new H2(getTranslation("companyInspections.title")),
					new CompanyInspections(this.inspections, this.clock, actor, company.getId()));
		}
		add(new H2(getTranslation("company.cases")), cases(file, actor), new H2(getTranslation("company.history")),
				history(file));
	}

	private Paragraph fact(String key, String value) {
		Paragraph fact = new Paragraph(getTranslation(key) + ": " + ((value == null) ? "—" : value));
		fact.addClassName("company-fact");
		return fact;
	}

	/** Shows the page again after a verb changed what it shows. */
	private void reload() {
		removeAll();
		Actor actor = this.currentActor.actor();
		show(this.companyFiles.of(actor, this.companyId), actor);
	}

	private com.vaadin.flow.component.Component equipment(CompanyFile file) {
		if (file.equipment().isEmpty()) {
			return new Paragraph(getTranslation("company.noEquipment"));
		}
		Grid<EquipmentLine> grid = new Grid<>();
		grid.setId("company-equipment");
		grid.addColumn(EquipmentLine::approvalNumber)
			.setHeader(getTranslation("company.approvalNumber"))
			.setAutoWidth(true);
		grid.addColumn(EquipmentLine::model).setHeader(getTranslation("company.model")).setFlexGrow(1);
		grid.addColumn((line) -> line.manufacturerLo().equals(line.manufacturerEn()) ? line.manufacturerEn()
				: line.manufacturerLo() + " / " + line.manufacturerEn())
			.setHeader(getTranslation("company.manufacturer"))
			.setFlexGrow(1);
		grid.addColumn(EquipmentLine::bands).setHeader(getTranslation("company.bands")).setFlexGrow(1);
		grid.addColumn((line) -> DisplayFormats.date(line.approvedOn()))
			.setHeader(getTranslation("company.approvedOn"))
			.setAutoWidth(true);
		grid.setItems(file.equipment());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private com.vaadin.flow.component.Component frequencies(CompanyFile file) {
		if (file.frequencies().isEmpty()) {
			return new Paragraph(getTranslation("company.noFrequencies"));
		}
		Grid<FrequencyLine> grid = new Grid<>();
		grid.setId("company-frequencies");
		grid.addColumn(FrequencyLine::reference).setHeader(getTranslation("company.assignment")).setAutoWidth(true);
		grid.addColumn(FrequencyLine::stationName).setHeader(getTranslation("company.station")).setFlexGrow(1);
		grid.addColumn((line) -> String.format(Locale.ROOT, "%s MHz", plain(line.centreFrequencyMhz())))
			.setHeader(getTranslation("company.frequency"))
			.setAutoWidth(true);
		grid.addColumn((line) -> String.format(Locale.ROOT, "%s kHz (%s)", plain(line.bandwidthKhz()),
				line.emissionDesignator()))
			.setHeader(getTranslation("company.emission"))
			.setAutoWidth(true);
		grid.addColumn((line) -> getTranslation("company.assignmentStatus." + line.status().name()))
			.setHeader(getTranslation("company.status"))
			.setAutoWidth(true);
		grid.addColumn((line) -> DisplayFormats.date(line.validUntil()))
			.setHeader(getTranslation("company.validity"))
			.setAutoWidth(true);
		grid.setItems(file.frequencies());
		grid.setAllRowsVisible(true);
		return grid;
	}

	/** A frequency or bandwidth as written, without trailing zeros (152.5, 11). */
	private static String plain(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private com.vaadin.flow.component.Component licences(CompanyFile file, Actor actor) {
		if (file.licences().isEmpty()) {
			return new Paragraph(getTranslation("company.noLicences"));
		}
		Grid<LicenceLine> grid = new Grid<>();
		grid.setId("company-licences");
		grid.addComponentColumn((line) -> {
			Anchor link = new Anchor(LicenceService.verificationPath(line.licenceNumber()), line.licenceNumber());
			link.setRouterIgnore(true);
			return link;
		}).setHeader(getTranslation("company.licenceNumber")).setAutoWidth(true);
		grid.addColumn((line) -> UserMessages.in(line.licenceTypeName()))
			.setHeader(getTranslation("company.licenceType"))
			.setFlexGrow(1);
		grid.addComponentColumn((line) -> new StandingBadge(line.standing(),
				this.measures.suspendedUntil(line.licenceNumber()).orElse(null)))
			.setHeader(getTranslation("company.standing"))
			.setAutoWidth(true);
		grid.addColumn((line) -> DisplayFormats.date(line.issuedOn()) + " – " + DisplayFormats.date(line.validUntil()))
			.setHeader(getTranslation("company.validity"))
			.setAutoWidth(true);
		grid.addColumn(LicenceLine::authorityCode).setHeader(getTranslation("company.authority")).setAutoWidth(true);
		grid.addComponentColumn((line) -> {
			LicenceActions actions = new LicenceActions(this.measures, actor, line.licenceNumber(), line.standing(),
					this::reload);
			if (actor.isApplicant()) {
				changes(actions, actor, line);
			}
			return actions;
		}).setHeader(getTranslation("company.actions")).setAutoWidth(true);
		grid.setItems(file.licences());
		grid.setAllRowsVisible(true);
		return grid;
	}

	/**
	 * The holder's renewal (a valid or expired licence; the window is the rules', and a
	 * refusal says when it opens) and amendment (a valid licence): each drafts the
	 * application from the licence's answers and opens it in the wizard.
	 */
	private void changes(LicenceActions actions, Actor actor, LicenceLine line) {
		boolean valid = line.standing() == VerificationStatus.VALID;
		if (valid || line.standing() == VerificationStatus.EXPIRED) {
			Button renew = new Button(getTranslation("company.renew"), VaadinIcon.REFRESH.create(),
					(event) -> draft(() -> this.intake.draftRenewal(actor, line.licenceNumber())));
			renew.setId("licence-renew-" + line.licenceNumber());
			renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(renew);
		}
		if (valid) {
			Button amend = new Button(getTranslation("company.amend"), VaadinIcon.EDIT.create(),
					(event) -> draft(() -> this.intake.draftAmendment(actor, line.licenceNumber())));
			amend.setId("licence-amend-" + line.licenceNumber());
			amend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(amend);
		}
	}

	private void draft(java.util.function.Supplier<la.anuyat.casefile.CaseFile> drafting) {
		try {
			la.anuyat.casefile.CaseFile draft = drafting.get();
			UserMessages.success(getTranslation("company.drafted", draft.getCaseNumber()));
			getUI().ifPresent((ui) -> ui.navigate("new-application/" + draft.getCaseNumber()));
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private com.vaadin.flow.component.Component cases(CompanyFile file, Actor actor) {
		if (file.cases().isEmpty()) {
			return new Paragraph(getTranslation("company.noCases"));
		}
		Grid<CaseLine> grid = new Grid<>();
		grid.setId("company-cases");
		String route = actor.isApplicant() ? "my-applications/" : "cases/";
		grid.addComponentColumn((line) -> new Anchor(route + line.caseNumber(), line.caseNumber()))
			.setHeader(getTranslation("company.caseNumber"))
			.setAutoWidth(true);
		grid.addColumn((line) -> UserMessages.in(line.caseTypeName()))
			.setHeader(getTranslation("company.licenceType"))
			.setFlexGrow(1);
		grid.addColumn((line) -> UserMessages.in(line.status().label()))
			.setHeader(getTranslation("company.status"))
			.setAutoWidth(true);
		grid.addColumn((line) -> (line.submittedAt() == null) ? "" : DisplayFormats.date(line.submittedAt()))
			.setHeader(getTranslation("company.submitted"))
			.setAutoWidth(true);
		grid.setItems(file.cases());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private com.vaadin.flow.component.Component history(CompanyFile file) {
		if (file.history().isEmpty()) {
			return new Paragraph(getTranslation("company.noHistory"));
		}
		UnorderedList list = new UnorderedList();
		list.setId("company-history");
		list.addClassName("company-history");
		file.history()
			.forEach((line) -> list.add(new ListItem(DisplayFormats.dateTime(line.at()) + " · " + line.caseNumber()
					+ " · " + UserMessages.in(line.description()))));
		return list;
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

}

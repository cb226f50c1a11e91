package la.anuyat.spectrum.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DatePickers;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;
import la.anuyat.shared.DomainException;
import la.anuyat.spectrum.AllocationEditions;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.BandChange;
import la.anuyat.spectrum.EditionSummary;
import la.anuyat.spectrum.SpectrumService;

/**
 * The national frequency allocation table: each band with its services (primary or
 * secondary), national footnote and source, in the edition chosen (the one in force
 * first; earlier and later editions stay readable). The administrator drafts a new
 * edition from the one in force, adds, changes and removes its bands, sees what changed
 * against the edition in force, and puts it in force from a day.
 */
@Route(value = "admin/spectrum/allocations", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class AllocationTableView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SpectrumService spectrum;

	private final AllocationEditions editions;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final H2 title = new H2();

	private final Paragraph edition = new Paragraph();

	private final Select<EditionSummary> chooser = new Select<>();

	private final Button newDraft = new Button();

	private final Button addBand = new Button();

	private final DatePicker effectiveFrom = new DatePicker();

	private final Button putInForce = new Button();

	private final Button discard = new Button();

	private final HorizontalLayout draftTools = new HorizontalLayout();

	private final Grid<BandAllocation> grid = new Grid<>();

	private final H3 changesTitle = new H3();

	private final Grid<BandChange> changes = new Grid<>();

	private AllocationTableEdition shown;

	AllocationTableView(SpectrumService spectrum, AllocationEditions editions, CurrentActor currentActor, Clock clock) {
		this.spectrum = spectrum;
		this.editions = editions;
		this.currentActor = currentActor;
		this.clock = clock;
		addClassName("page");
		setSizeFull();
		this.edition.setId("allocation-edition");
		this.chooser.setId("allocation-editions");
		this.chooser.setLabel(getTranslation("spectrum.editions.choose"));
		this.chooser.setItemLabelGenerator(this::label);
		this.chooser.setWidth("32em");
		this.chooser.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				show(event.getValue().edition());
			}
		});
		this.newDraft.setId("allocation-new-draft");
		this.newDraft.setText(getTranslation("spectrum.editions.draft"));
		this.newDraft.addClickListener((event) -> new NewEditionDialog(this.editions, actor(), this::show).open());
		this.addBand.setId("allocation-add-band");
		this.addBand.setText(getTranslation("spectrum.editions.addBand"));
		this.addBand.addClickListener(
				(event) -> new BandDialog(this.editions, actor(), this.shown.table().getEdition(), null, this::reload)
					.open());
		this.effectiveFrom.setId("allocation-effective-from");
		this.effectiveFrom.setLabel(getTranslation("spectrum.editions.effectiveFrom"));
		this.effectiveFrom.setI18n(DatePickers.i18n(this));
		this.putInForce.setId("allocation-put-in-force");
		this.putInForce.setText(getTranslation("spectrum.editions.putInForce"));
		this.putInForce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.putInForce.addClickListener((event) -> putInForce());
		this.discard.setId("allocation-discard");
		this.discard.setText(getTranslation("spectrum.editions.discard"));
		this.discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.discard.addClickListener((event) -> discard());
		this.draftTools.add(this.addBand, this.effectiveFrom, this.putInForce, this.discard);
		this.draftTools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		HorizontalLayout tools = new HorizontalLayout(this.chooser, this.newDraft);
		tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.grid.setId("allocation-grid");
		this.grid.addColumn((band) -> mhz(band.getLowerMhz()))
			.setHeader(getTranslation("spectrum.allocations.lower"))
			.setAutoWidth(true);
		this.grid.addColumn((band) -> mhz(band.getUpperMhz()))
			.setHeader(getTranslation("spectrum.allocations.upper"))
			.setAutoWidth(true);
		this.grid.addColumn((band) -> band.name().in(getLocale()))
			.setHeader(getTranslation("spectrum.allocations.name"))
			.setAutoWidth(true);
		this.grid.addColumn(this::services).setHeader(getTranslation("spectrum.allocations.services")).setFlexGrow(1);
		this.grid
			.addColumn((band) -> band.isLicenceExempt() ? getTranslation("spectrum.allocations.exempt.yes")
					: getTranslation("spectrum.allocations.exempt.no"))
			.setHeader(getTranslation("spectrum.allocations.exempt"))
			.setAutoWidth(true);
		this.grid.addColumn((band) -> band.footnote().in(getLocale()))
			.setHeader(getTranslation("spectrum.allocations.footnote"))
			.setFlexGrow(1);
		this.grid.addColumn(BandAllocation::getSource)
			.setHeader(getTranslation("spectrum.allocations.source"))
			.setFlexGrow(2);
		// footnotes and sources are sentences: wrap them rather than cut them off
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
		// a band of a draft opens for editing
		this.grid.addItemClickListener((event) -> {
			if (this.shown != null && this.shown.table().isDraft() && AllocationEditions.mayEdit(actor())) {
				new BandDialog(this.editions, actor(), this.shown.table().getEdition(), event.getItem(), this::reload)
					.open();
			}
		});

		this.changesTitle.setText(getTranslation("spectrum.editions.changes"));
		this.changes.setId("allocation-changes");
		this.changes.addColumn((change) -> getTranslation("spectrum.editions.change." + change.kind().name()))
			.setHeader(getTranslation("spectrum.editions.change"))
			.setAutoWidth(true);
		this.changes.addColumn((change) -> mhz(change.band().getLowerMhz()) + "–" + mhz(change.band().getUpperMhz()))
			.setHeader("MHz")
			.setAutoWidth(true);
		this.changes.addColumn((change) -> change.band().name().in(getLocale()))
			.setHeader(getTranslation("spectrum.allocations.name"))
			.setAutoWidth(true);
		this.changes.addColumn(this::changed).setHeader(getTranslation("spectrum.editions.changed")).setFlexGrow(1);
		this.changes.setAllRowsVisible(true);
		this.changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);

		add(this.title, this.edition, tools, this.draftTools,
				new Paragraph(getTranslation("spectrum.allocations.edgeRule")), this.grid, this.changesTitle,
				this.changes);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		show(this.spectrum.allocationTable().table().getEdition());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("spectrum.allocations.title");
	}

	private void reload() {
		show(this.shown.table().getEdition());
	}

	private void show(String code) {
		this.shown = this.editions.edition(code);
		List<EditionSummary> all = this.editions.editions();
		this.chooser.setItems(all);
		Optional<EditionSummary> summary = all.stream().filter((one) -> one.edition().equals(code)).findFirst();
		summary.ifPresent(this.chooser::setValue);
		this.title.setText(this.shown.table().title().in(getLocale()));
		this.edition.setText(summary.map(this::label).orElse(code));
		this.grid.setItems(this.shown.bands());
		boolean admin = AllocationEditions.mayEdit(actor());
		boolean draft = this.shown.table().isDraft();
		this.newDraft.setVisible(admin && all.stream().noneMatch((one) -> one.table().isDraft()));
		this.draftTools.setVisible(admin && draft);
		this.effectiveFrom.setMin(LocalDate.now(this.clock));
		boolean inForce = summary.map((one) -> one.standing() == EditionSummary.Standing.IN_FORCE).orElse(false);
		List<BandChange> changed = inForce ? List.of() : this.editions.changes(code);
		this.changesTitle.setVisible(!inForce);
		this.changes.setVisible(!inForce);
		this.changes.setItems(changed);
	}

	private void putInForce() {
		try {
			this.editions.putInForce(actor(), this.shown.table().getEdition(), this.effectiveFrom.getValue());
			UserMessages.success(getTranslation("spectrum.editions.putInForce.done", this.shown.table().getEdition(),
					String.valueOf(this.effectiveFrom.getValue())));
			reload();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private void discard() {
		try {
			this.editions.discard(actor(), this.shown.table().getEdition());
			show(this.spectrum.allocationTable().table().getEdition());
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private Actor actor() {
		return this.currentActor.actor();
	}

	private String label(EditionSummary summary) {
		String standing = getTranslation("spectrum.editions.standing." + summary.standing().name());
		return (summary.effectiveFrom() != null) ? getTranslation("spectrum.editions.label", summary.edition(),
				standing, summary.effectiveFrom().toString()) : summary.edition() + " (" + standing + ")";
	}

	private String changed(BandChange change) {
		if (change.kind() != BandChange.Kind.CHANGED) {
			return services(change.band());
		}
		return change.changed()
			.stream()
			.map((what) -> getTranslation("spectrum.editions.field." + what))
			.collect(Collectors.joining(", ")) + ": " + services(change.after());
	}

	private String services(BandAllocation band) {
		return band.getServices()
			.stream()
			.map((service) -> getTranslation("spectrum.service." + service.getService().name()) + " ("
					+ getTranslation("spectrum.category." + service.getCategory().name()) + ")")
			.collect(Collectors.joining(", "));
	}

	static String mhz(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}

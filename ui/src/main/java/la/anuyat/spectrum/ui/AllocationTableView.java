package la.anuyat.spectrum.ui;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.SpectrumService;

/**
 * The national frequency allocation table in force, read-only: each band with its
 * services (primary or secondary), national footnote and source.
 */
@Route(value = "admin/spectrum/allocations", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class AllocationTableView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SpectrumService spectrum;

	private final H2 title = new H2();

	private final Paragraph edition = new Paragraph();

	private final Grid<BandAllocation> grid = new Grid<>();

	AllocationTableView(SpectrumService spectrum) {
		this.spectrum = spectrum;
		addClassName("page");
		setSizeFull();
		this.edition.setId("allocation-edition");
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
		add(this.title, this.edition, new Paragraph(getTranslation("spectrum.allocations.edgeRule")), this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AllocationTableEdition table = this.spectrum.allocationTable();
		this.title.setText(table.table().title().in(getLocale()));
		this.edition.setText(getTranslation("spectrum.allocations.edition", table.table().getEdition(),
				table.table().getEffectiveFrom().toString()));
		this.grid.setItems(table.bands());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("spectrum.allocations.title");
	}

	private String services(BandAllocation band) {
		return band.getServices()
			.stream()
			.map((service) -> getTranslation("spectrum.service." + service.getService().name()) + " ("
					+ getTranslation("spectrum.category." + service.getCategory().name()) + ")")
			.collect(Collectors.joining(", "));
	}

	private static String mhz(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}

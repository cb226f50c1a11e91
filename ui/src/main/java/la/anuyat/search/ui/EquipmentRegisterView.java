package la.anuyat.search.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.PublicBar;
import la.anuyat.search.EquipmentRegister;
import la.anuyat.shared.DomainException;

/**
 * The public equipment register: anyone, without logging in, looks up whether a model is
 * type-approved, by model, manufacturer (Lao or English), approval number or band. Only
 * the register's public fields are shown.
 */
@Route(value = "equipment", autoLayout = false)
@AnonymousAllowed
class EquipmentRegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private final EquipmentRegister register;

	private final TextField text = new TextField();

	private final Div message = new Div();

	private final Span summary = new Span();

	private final Grid<EquipmentRegister.Entry> grid = new Grid<>();

	private final Pager pager = new Pager("equipment-pager", this::goToPage);

	private int page;

	EquipmentRegisterView(EquipmentRegister register) {
		this.register = register;
		addClassName("register-page");

		Div bar = new PublicBar(new Anchor("login", getTranslation("register.login")));

		H1 title = new H1(getTranslation("equipmentRegister.title"));
		title.addClassName("register-title");
		Paragraph intro = new Paragraph(getTranslation("equipmentRegister.intro"));

		this.text.setId("equipment-text");
		this.text.setLabel(getTranslation("equipmentRegister.text"));
		this.text.setPlaceholder(getTranslation("equipmentRegister.text.placeholder"));
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setClearButtonVisible(true);
		this.text.setMaxLength(200);
		// the value must be on the server when Enter (the search shortcut) arrives
		this.text.setValueChangeMode(ValueChangeMode.EAGER);
		Button search = new Button(getTranslation("register.submit"), VaadinIcon.SEARCH.create(), (event) -> {
			this.page = 0;
			run();
		});
		search.setId("equipment-submit");
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		search.addClickShortcut(Key.ENTER).listenOn(this.text);
		FlexLayout form = new FlexLayout(this.text, search);
		form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.addClassName("register-form");

		this.message.setId("equipment-message");
		this.message.addClassName("search-message");
		this.message.setVisible(false);
		this.summary.setId("equipment-summary");
		this.summary.addClassName("search-summary");

		this.grid.setId("equipment-grid");
		this.grid.addColumn(EquipmentRegister.Entry::approvalNumber)
			.setHeader(getTranslation("equipmentRegister.column.approvalNumber"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(EquipmentRegister.Entry::model)
			.setHeader(getTranslation("equipmentRegister.column.model"))
			.setFlexGrow(1);
		this.grid.addColumn(EquipmentRegister.Entry::manufacturerLo)
			.setHeader(getTranslation("equipmentRegister.column.manufacturerLo"))
			.setFlexGrow(1);
		this.grid.addColumn(EquipmentRegister.Entry::manufacturerEn)
			.setHeader(getTranslation("equipmentRegister.column.manufacturerEn"))
			.setFlexGrow(1);
		this.grid.addColumn(EquipmentRegister.Entry::bands)
			.setHeader(getTranslation("equipmentRegister.column.bands"))
			.setFlexGrow(1);
		this.grid.addColumn((entry) -> entry.holderNameLo() + " / " + entry.holderNameEn())
			.setHeader(getTranslation("equipmentRegister.column.holder"))
			.setFlexGrow(1);
		this.grid.addColumn((entry) -> DisplayFormats.date(entry.approvedOn()))
			.setHeader(getTranslation("equipmentRegister.column.approvedOn"))
			.setAutoWidth(true);
		this.grid
			.addColumn((entry) -> (entry.exhibitsWithheldUntil() != null) ? getTranslation(
					"equipmentRegister.withheldUntil", DisplayFormats.date(entry.exhibitsWithheldUntil())) : "")
			.setHeader(getTranslation("equipmentRegister.column.exhibits"))
			.setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("equipmentRegister.none"));

		Div content = new Div(title, intro, form, this.message, this.summary, this.grid, this.pager);
		content.addClassName("register-content");
		content.getElement().setAttribute("role", "main");
		add(bar, content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.text.setValue(parameters.getOrDefault("q", List.of()).stream().findFirst().orElse(""));
		this.page = 0;
		run();
	}

	private void goToPage(int page) {
		this.page = Math.max(0, page);
		run();
	}

	private void run() {
		String query = this.text.getValue().isEmpty() ? null : this.text.getValue();
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null,
					new Location("equipment",
							Optional.ofNullable(query)
								.map((q) -> QueryParameters.simple(Map.of("q", q)))
								.orElse(QueryParameters.empty()))));
		EquipmentRegister.Page result;
		try {
			result = this.register.search(query, this.page, PAGE_SIZE);
		}
		catch (DomainException refusal) {
			this.message.setText(refusal.text().in(getLocale()));
			this.message.setVisible(true);
			this.summary.setText("");
			this.grid.setItems(List.of());
			this.pager.setVisible(false);
			return;
		}
		this.message.setVisible(false);
		this.summary.setText((result.total() == 0) ? getTranslation("equipmentRegister.none")
				: getTranslation("equipmentRegister.count", result.total()));
		this.grid.setItems(result.entries());
		this.pager.show(this.page, PAGE_SIZE, result.total());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("equipmentRegister.title");
	}

}

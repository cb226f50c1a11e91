package la.anuyat.search.ui;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import com.vaadin.flow.component.select.Select;
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
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.search.RegisterEntry;
import la.anuyat.search.RegisterPage;
import la.anuyat.search.RegisterQuery;
import la.anuyat.shared.DomainException;

import org.springframework.web.util.UriUtils;

/**
 * The public licence register: anyone, without logging in, looks up whether a business
 * holds an ICT licence. Only the public fields of a licence are shown (holder, type,
 * number, status, validity, issuing authority); each number links to the verification
 * page that a certificate's QR code opens.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class LicenceRegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private static final List<VerificationStatus> STATUSES = Arrays.stream(VerificationStatus.values())
		.filter((status) -> status != VerificationStatus.UNKNOWN)
		.toList();

	private final SearchDesk desk;

	private final TextField text = new TextField();

	private final Select<String> type = new Select<>();

	private final Select<String> province = new Select<>();

	private final Select<VerificationStatus> status = new Select<>();

	private final Div message = new Div();

	private final Span summary = new Span();

	private final Grid<RegisterEntry> grid = new Grid<>();

	private final Pager pager = new Pager("register-pager", this::goToPage);

	private SearchLabels labels = new SearchLabels(Map.of(), Map.of());

	private int page;

	LicenceRegisterView(SearchDesk desk) {
		this.desk = desk;
		addClassName("register-page");

		Anchor login = new Anchor("login", getTranslation("register.login"));
		login.setId("register-login");
		Div bar = new PublicBar(login);

		H1 title = new H1(getTranslation("register.title"));
		title.addClassName("register-title");
		Paragraph intro = new Paragraph(getTranslation("register.intro"));

		this.text.setId("register-text");
		this.text.setLabel(getTranslation("register.text"));
		this.text.setPlaceholder(getTranslation("register.text.placeholder"));
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setClearButtonVisible(true);
		this.text.setMaxLength(200);
		// the value must be on the server when Enter (the search shortcut) arrives
		this.text.setValueChangeMode(ValueChangeMode.EAGER);
		this.type.setId("register-type");
		this.type.setLabel(getTranslation("register.type"));
		this.type.setEmptySelectionAllowed(true);
		this.type.setEmptySelectionCaption(getTranslation("register.any"));
		this.type.setPlaceholder(getTranslation("register.any"));
		this.type.setItemLabelGenerator((code) -> (code != null) ? this.labels.type(code) : "");
		this.province.setId("register-province");
		this.province.setLabel(getTranslation("register.authority"));
		this.province.setEmptySelectionAllowed(true);
		this.province.setEmptySelectionCaption(getTranslation("register.any"));
		this.province.setPlaceholder(getTranslation("register.any"));
		this.province.setItemLabelGenerator((code) -> (code != null) ? this.labels.authority(code) : "");
		this.status.setId("register-status");
		this.status.setLabel(getTranslation("register.status"));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("register.any"));
		this.status.setPlaceholder(getTranslation("register.any"));
		this.status.setItems(STATUSES);
		this.status.setItemLabelGenerator((value) -> (value != null) ? UserMessages.in(value.label()) : "");
		Button search = new Button(getTranslation("register.submit"), VaadinIcon.SEARCH.create(), (event) -> {
			this.page = 0;
			run();
		});
		search.setId("register-submit");
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		search.addClickShortcut(Key.ENTER).listenOn(this.text);
		FlexLayout form = new FlexLayout(this.text, this.type, this.province, this.status, search);
		form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		form.addClassName("register-form");

		this.message.setId("register-message");
		this.message.addClassName("search-message");
		this.message.setVisible(false);
		this.summary.setId("register-summary");
		this.summary.addClassName("search-summary");

		this.grid.setId("register-grid");
		this.grid.addComponentColumn(this::verificationLink)
			.setHeader(getTranslation("register.column.number"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(RegisterEntry::holderNameLo)
			.setHeader(getTranslation("register.column.holderLo"))
			.setFlexGrow(1);
		this.grid.addColumn(RegisterEntry::holderNameEn)
			.setHeader(getTranslation("register.column.holderEn"))
			.setFlexGrow(1);
		this.grid.addColumn((entry) -> this.labels.type(entry.licenceTypeCode()))
			.setHeader(getTranslation("register.column.type"))
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::statusBadge)
			.setHeader(getTranslation("register.column.status"))
			.setAutoWidth(true);
		this.grid.addColumn((entry) -> DisplayFormats.date(entry.issuedOn()))
			.setHeader(getTranslation("register.column.issuedOn"))
			.setAutoWidth(true);
		this.grid.addColumn((entry) -> DisplayFormats.date(entry.validUntil()))
			.setHeader(getTranslation("register.column.validUntil"))
			.setAutoWidth(true);
		this.grid.addColumn((entry) -> this.labels.authority(entry.authorityCode()))
			.setHeader(getTranslation("register.column.authority"))
			.setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("register.none"));

		Div content = new Div(title, intro, form, this.message, this.summary, this.grid, this.pager);
		content.addClassName("register-content");
		content.getElement().setAttribute("role", "main");
		add(bar, content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.labels = this.desk.labels();
		this.type.setItems(this.labels.typeCodes());
		this.province.setItems(this.labels.authorityCodes());
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.text.setValue(first(parameters, "q").orElse(""));
		this.type.setValue(first(parameters, "type").filter(this.labels.types()::containsKey).orElse(null));
		this.province
			.setValue(first(parameters, "province").filter(this.labels.authorities()::containsKey).orElse(null));
		this.status.setValue(first(parameters, "status").flatMap(LicenceRegisterView::statusOf).orElse(null));
		this.page = first(parameters, "page").map(LicenceRegisterView::pageOf).orElse(0);
		run();
	}

	private void goToPage(int page) {
		this.page = Math.max(0, page);
		run();
	}

	private void run() {
		RegisterQuery query = new RegisterQuery(this.text.getValue().isEmpty() ? null : this.text.getValue(),
				this.type.getValue(), this.province.getValue(), this.status.getValue(), this.page, PAGE_SIZE);
		rememberInAddress(query);
		RegisterPage result;
		try {
			result = this.desk.register(query);
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
		this.summary.setText((result.total() == 0) ? getTranslation("register.none")
				: getTranslation("register.count", result.total()));
		this.grid.setItems(result.entries());
		this.pager.show(this.page, PAGE_SIZE, result.total());
	}

	private Anchor verificationLink(RegisterEntry entry) {
		Anchor link = new Anchor("verify/" + UriUtils.encodePathSegment(entry.licenceNumber(), StandardCharsets.UTF_8),
				entry.licenceNumber());
		link.setTitle(getTranslation("register.verify"));
		// the verification page is served by the server, not a route of this UI: a full
		// page load, not Vaadin's in-app navigation
		link.setRouterIgnore(true);
		link.addClassName("register-number");
		return link;
	}

	private Span statusBadge(RegisterEntry entry) {
		String label = UserMessages.in(entry.status().label());
		if (entry.suspendedUntil() != null) {
			label += " " + getTranslation("register.suspendedUntil", DisplayFormats.date(entry.suspendedUntil()));
		}
		Span badge = new Span(label);
		if (entry.reasonCategory() != null) {
			badge.setTitle(UserMessages.in(entry.reasonCategory().label()));
		}
		// the colours are in anuyat.css, by status name
		badge.addClassNames("status-badge", "licence-" + entry.status().name());
		badge.getElement().setAttribute("data-status", entry.status().name());
		return badge;
	}

	private void rememberInAddress(RegisterQuery query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query.text() != null) {
			parameters.put("q", List.of(query.text()));
		}
		if (query.licenceType() != null) {
			parameters.put("type", List.of(query.licenceType()));
		}
		if (query.province() != null) {
			parameters.put("province", List.of(query.province()));
		}
		if (query.status() != null) {
			parameters.put("status", List.of(query.status().name()));
		}
		if (query.page() > 0) {
			parameters.put("page", List.of(String.valueOf(query.page() + 1)));
		}
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null, new Location("register", new QueryParameters(parameters))));
	}

	private static Optional<String> first(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().findFirst();
	}

	private static Optional<VerificationStatus> statusOf(String value) {
		return STATUSES.stream().filter((status) -> status.name().equalsIgnoreCase(value.strip())).findFirst();
	}

	private static int pageOf(String value) {
		try {
			return Math.max(0, Integer.parseInt(value.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("register.title");
	}

}

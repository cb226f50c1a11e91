package la.anuyat.search.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.search.CaseHit;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearchResult;
import la.anuyat.search.CaseSort;
import la.anuyat.search.FacetCount;
import la.anuyat.shared.DomainException;

import org.springframework.web.util.UriUtils;

/**
 * The officers' case search: free text over names, numbers, form data, notes and the text
 * of attachments; facets by case type, status, province and year; highlighted matches.
 * The search is filtered by the officer's jurisdiction inside the query itself
 * ({@link la.anuyat.search.CaseSearch}), so hits, totals and facet counts never include a
 * case the officer may not open. The state lives in the address
 * ({@code search?q=…&type=…&page=…}), so a search can be bookmarked and shared.
 */
@Route(value = CaseSearchView.ROUTE, layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class CaseSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "search";

	private static final int PAGE_SIZE = CaseQuery.DEFAULT_SIZE;

	private final SearchDesk desk;

	private final CurrentActor currentActor;

	private final TextField text = new TextField();

	private final Select<CaseSort> sort = new Select<>();

	private final Div message = new Div();

	private final Span summary = new Span();

	private final Facet types = new Facet("type", "search.facet.type");

	private final Facet statuses = new Facet("status", "search.facet.status");

	private final Facet provinces = new Facet("province", "search.facet.province");

	private final Facet years = new Facet("year", "search.facet.year");

	private final Div hits = new Div();

	private final Pager pager = new Pager("search-pager", this::goToPage);

	private SearchLabels labels = new SearchLabels(Map.of(), Map.of());

	private Actor actor;

	private int page;

	CaseSearchView(SearchDesk desk, CurrentActor currentActor) {
		this.desk = desk;
		this.currentActor = currentActor;
		addClassName("page");
		addClassName("search-page");
		setWidthFull();

		this.text.setId("search-text");
		this.text.setAriaLabel(getTranslation("search.text"));
		this.text.setPlaceholder(getTranslation("search.text.placeholder"));
		this.text.setHelperText(getTranslation("search.text.help"));
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setClearButtonVisible(true);
		this.text.setMaxLength(200);
		// the value must be on the server when Enter (the search shortcut) arrives
		this.text.setValueChangeMode(ValueChangeMode.EAGER);

		this.sort.setId("search-sort");
		this.sort.setLabel(getTranslation("search.sort"));
		this.sort.setItems(CaseSort.values());
		this.sort.setItemLabelGenerator((value) -> getTranslation("search.sort." + value.name()));
		this.sort.setValue(CaseSort.RELEVANCE);
		this.sort.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				this.page = 0;
				run();
			}
		});

		Button search = new Button(getTranslation("search.submit"), VaadinIcon.SEARCH.create(), (event) -> {
			this.page = 0;
			run();
		});
		search.setId("search-submit");
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		search.addClickShortcut(Key.ENTER).listenOn(this.text);

		HorizontalLayout form = new HorizontalLayout(this.text, this.sort, search);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWidthFull();
		form.expand(this.text);

		this.message.setId("search-message");
		this.message.addClassName("search-message");
		this.message.setVisible(false);
		this.summary.setId("search-summary");
		this.summary.addClassName("search-summary");

		Div facets = new Div(this.types.group, this.statuses.group, this.provinces.group, this.years.group);
		facets.setId("search-facets");
		facets.addClassName("search-facets");
		this.hits.setId("search-hits");
		this.hits.addClassName("search-hits");
		Div results = new Div(this.summary, this.hits, this.pager);
		results.addClassName("search-results");
		Div body = new Div(facets, results);
		body.addClassName("search-body");

		add(new H2(getTranslation("search.title")), form, this.message, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.actor = this.currentActor.actor();
		this.labels = this.desk.labels();
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.text.setValue(first(parameters, "q").orElse(""));
		this.sort.setValue(first(parameters, "sort").flatMap(CaseSearchView::sortOf).orElse(CaseSort.RELEVANCE));
		this.types.select(parameters.getOrDefault("type", List.of()));
		this.statuses.select(parameters.getOrDefault("status", List.of()));
		this.provinces.select(parameters.getOrDefault("province", List.of()));
		this.years.select(parameters.getOrDefault("year", List.of()));
		this.page = first(parameters, "page").map(CaseSearchView::pageOf).orElse(0);
		run();
	}

	private void goToPage(int page) {
		this.page = Math.max(0, page);
		run();
	}

	private void run() {
		CaseQuery query = new CaseQuery(this.text.getValue().isEmpty() ? null : this.text.getValue(),
				this.types.selected(), statusesOf(this.statuses.selected()), this.provinces.selected(),
				yearsOf(this.years.selected()), this.sort.getValue(), this.page, PAGE_SIZE);
		rememberInAddress(query);
		CaseSearchResult result;
		try {
			result = this.desk.search(this.actor, query);
		}
		catch (DomainException refusal) {
			// an empty, too long or meaningless text: say what to type, in the user's
			// language, and keep the page
			this.message.setText(refusal.text().in(getLocale()));
			this.message.setVisible(true);
			this.summary.setText("");
			this.hits.removeAll();
			this.pager.setVisible(false);
			return;
		}
		this.message.setVisible(false);
		show(result);
	}

	private void show(CaseSearchResult result) {
		this.summary.setText(
				(result.total() == 0) ? getTranslation("search.none") : getTranslation("search.count", result.total()));
		this.types.show(result.facet(CaseSearchResult.TYPE), this.labels::type);
		this.statuses.show(result.facet(CaseSearchResult.STATUS), SearchLabels::status);
		this.provinces.show(result.facet(CaseSearchResult.PROVINCE), this.labels::province);
		this.years.show(result.facet(CaseSearchResult.YEAR), Function.identity());
		this.hits.removeAll();
		result.hits().forEach((hit) -> this.hits.add(card(hit)));
		this.pager.show(this.page, PAGE_SIZE, result.total());
	}

	private Div card(CaseHit hit) {
		Anchor number = new Anchor("cases/" + UriUtils.encodePathSegment(hit.caseNumber(), StandardCharsets.UTF_8),
				hit.caseNumber());
		// navigate inside the application instead of loading the page again
		number.getElement().setAttribute("router-link", true);
		number.addClassName("search-hit-number");
		Span name = new Span(UserMessages.pick(hit.applicantNameLo(), hit.applicantNameEn()));
		name.addClassName("search-hit-name");
		Div title = new Div(number, name);
		title.addClassName("search-hit-title");

		List<String> facts = new ArrayList<>();
		facts.add(this.labels.type(hit.caseType()));
		facts.add((hit.status() != null) ? UserMessages.in(hit.status().label()) : "");
		facts.add(this.labels.province(hit.provinceCode()));
		if (hit.submittedAt() != null) {
			facts.add(getTranslation("search.submittedOn", DisplayFormats.date(hit.submittedAt())));
		}
		if (!hit.references().isEmpty()) {
			facts.add(getTranslation("search.licence", String.join(", ", hit.references())));
		}
		Div meta = new Div(new Span(String.join(" · ", facts.stream().filter((fact) -> !fact.isBlank()).toList())));
		meta.addClassName("search-hit-meta");

		Div card = new Div(title, meta);
		for (String fragment : hit.highlights()) {
			Div line = new Div(new HighlightText(fragment));
			line.addClassName("search-hit-highlight");
			card.add(line);
		}
		card.addClassName("search-hit");
		card.setId("search-hit-" + hit.caseNumber());
		return card;
	}

	private void rememberInAddress(CaseQuery query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query.text() != null) {
			parameters.put("q", List.of(query.text()));
		}
		put(parameters, "type", this.types.selected());
		put(parameters, "status", this.statuses.selected());
		put(parameters, "province", this.provinces.selected());
		put(parameters, "year", this.years.selected());
		if (query.sort() != CaseSort.RELEVANCE) {
			parameters.put("sort", List.of(query.sort().name().toLowerCase()));
		}
		if (query.page() > 0) {
			parameters.put("page", List.of(String.valueOf(query.page() + 1)));
		}
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null, new Location(ROUTE, new QueryParameters(parameters))));
	}

	private static void put(Map<String, List<String>> parameters, String name, Set<String> values) {
		if (!values.isEmpty()) {
			parameters.put(name, values.stream().sorted().toList());
		}
	}

	private static Optional<String> first(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().findFirst();
	}

	static Optional<CaseSort> sortOf(String value) {
		for (CaseSort sort : CaseSort.values()) {
			if (sort.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

	/** The page in the address counts from 1, as people do. */
	private static int pageOf(String value) {
		try {
			return Math.max(0, Integer.parseInt(value.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static Set<CaseStatus> statusesOf(Set<String> names) {
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		for (String name : names) {
			for (CaseStatus status : CaseStatus.values()) {
				if (status.name().equals(name)) {
					statuses.add(status);
				}
			}
		}
		return statuses;
	}

	private static Set<Integer> yearsOf(Set<String> values) {
		Set<Integer> years = new LinkedHashSet<>();
		for (String value : values) {
			try {
				years.add(Integer.valueOf(value.strip()));
			}
			catch (NumberFormatException ex) {
				// not a year: ignored, like any unknown filter value in the address
			}
		}
		return years;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("search.title");
	}

	/**
	 * One facet: a checkbox per value with its count. The values chosen stay listed even
	 * when the current result no longer counts them, so that they can be unticked.
	 */
	private final class Facet {

		private final CheckboxGroup<String> group = new CheckboxGroup<>();

		private Map<String, Long> counts = Map.of();

		private Function<String, String> label = Function.identity();

		private Set<String> selected = Set.of();

		Facet(String key, String titleKey) {
			this.group.setId("search-facet-" + key);
			this.group.setLabel(getTranslation(titleKey));
			this.group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
			this.group.addClassName("search-facet");
			this.group.setItemLabelGenerator(
					(value) -> this.label.apply(value) + " (" + this.counts.getOrDefault(value, 0L) + ")");
			this.group.addValueChangeListener((event) -> {
				if (event.isFromClient()) {
					this.selected = Set.copyOf(event.getValue());
					CaseSearchView.this.page = 0;
					run();
				}
			});
			this.group.setVisible(false);
		}

		void select(List<String> values) {
			this.selected = Set.copyOf(values);
		}

		Set<String> selected() {
			return this.selected;
		}

		void show(List<FacetCount> facet, Function<String, String> label) {
			this.label = label;
			Map<String, Long> counts = new LinkedHashMap<>();
			facet.forEach((count) -> counts.put(count.value(), count.count()));
			this.selected.forEach((value) -> counts.putIfAbsent(value, 0L));
			this.counts = counts;
			this.group.setItems(new ArrayList<>(counts.keySet()));
			this.group.setValue(this.selected);
			this.group.setVisible(!counts.isEmpty());
		}

	}

}

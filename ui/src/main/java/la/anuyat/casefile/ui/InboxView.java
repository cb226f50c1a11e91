package la.anuyat.casefile.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.access.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Actor;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.licence.LicenceType;
import la.anuyat.shared.DomainException;

/**
 * The officer's work: open tasks of their own authority, most urgent first, overdue ones
 * marked.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final OfficerDesk desk;

	private final CurrentActor currentActor;

	private final Grid<WorkItem> grid = new Grid<>();

	private final TextField search = new TextField();

	private final Select<String> taskType = new Select<>();

	private final Checkbox overdueOnly = new Checkbox();

	private List<WorkItem> tasks = List.of();

	private Map<String, LicenceType> licenceTypes = Map.of();

	private Actor actor;

	InboxView(OfficerDesk desk, CurrentActor currentActor) {
		this.desk = desk;
		this.currentActor = currentActor;
		addClassName("page");
		setSizeFull();

		this.search.setId("inbox-search");
		this.search.setPlaceholder(getTranslation("inbox.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> filter());
		this.taskType.setId("inbox-task-type");
		this.taskType.setLabel(getTranslation("inbox.taskType"));
		this.taskType.setEmptySelectionAllowed(true);
		this.taskType.setEmptySelectionCaption(getTranslation("inbox.allTasks"));
		this.taskType.setPlaceholder(getTranslation("inbox.allTasks"));
		this.taskType.addValueChangeListener((event) -> filter());
		this.overdueOnly.setId("inbox-overdue-only");
		this.overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
		this.overdueOnly.addValueChangeListener((event) -> filter());
		Button refresh = new Button(VaadinIcon.REFRESH.create(), (event) -> load());
		refresh.setId("inbox-refresh");
		refresh.setAriaLabel(getTranslation("inbox.refresh"));
		refresh.setTooltipText(getTranslation("inbox.refresh"));
		HorizontalLayout filters = new HorizontalLayout(this.search, this.taskType, this.overdueOnly, refresh);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWidthFull();
		filters.expand(this.search);

		this.grid.setId("inbox-grid");
		this.grid.addColumn((task) -> UserMessages.in(task.name()))
			.setHeader(getTranslation("inbox.task"))
			.setAutoWidth(true)
			.setFlexGrow(1);
		this.grid.addColumn(WorkItem::caseNumber).setHeader(getTranslation("inbox.caseNumber")).setAutoWidth(true);
		this.grid.addColumn(this::licenceTypeName)
			.setHeader(getTranslation("inbox.licenceType"))
			.setWidth("14em")
			.setFlexGrow(1)
			.setTooltipGenerator(this::licenceTypeName);
		this.grid.addColumn(WorkItem::authorityCode).setHeader(getTranslation("inbox.authority")).setAutoWidth(true);
		this.grid.addColumn((task) -> DisplayFormats.dateTime(task.created()))
			.setHeader(getTranslation("inbox.created"))
			.setAutoWidth(true)
			.setComparator(Comparator.comparing(WorkItem::created, Comparator.nullsLast(Comparator.naturalOrder())));
		this.grid.addComponentColumn((task) -> new DueDate(task.due(), task.overdue()))
			.setHeader(getTranslation("inbox.due"))
			.setAutoWidth(true)
			.setComparator(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
		this.grid.addColumn((task) -> (task.assignee() != null) ? task.assignee() : getTranslation("inbox.unassigned"))
			.setHeader(getTranslation("inbox.assignee"))
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
		this.grid.setPartNameGenerator((task) -> task.overdue() ? "overdue" : null);
		this.grid.addItemDoubleClickListener((event) -> open(event.getItem()));
		this.grid.setEmptyStateText(getTranslation("inbox.empty"));
		this.grid.setSizeFull();

		add(new H2(getTranslation("inbox.title")), filters, this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.actor = this.currentActor.actor();
		this.licenceTypes = this.desk.licenceTypesByCode();
		load();
	}

	private void load() {
		this.tasks = this.desk.tasks(this.actor);
		Map<String, String> kinds = new LinkedHashMap<>();
		this.tasks.forEach((task) -> kinds.putIfAbsent(task.taskKey(), UserMessages.in(task.name())));
		String chosen = this.taskType.getValue();
		this.taskType.setItems(kinds.keySet());
		this.taskType.setItemLabelGenerator((key) -> (key != null) ? kinds.getOrDefault(key, key) : "");
		if (chosen != null && kinds.containsKey(chosen)) {
			this.taskType.setValue(chosen);
		}
		filter();
	}

	private void filter() {
		String text = this.search.getValue().trim().toLowerCase(Locale.ROOT);
		String kind = this.taskType.getValue();
		boolean overdue = this.overdueOnly.getValue();
		this.grid.setItems(this.tasks.stream()
			.filter((task) -> kind == null || kind.equals(task.taskKey()))
			.filter((task) -> !overdue || task.overdue())
			.filter((task) -> text.isEmpty() || matches(task, text))
			.toList());
	}

	private boolean matches(WorkItem task, String text) {
		LicenceType type = this.licenceTypes.get(task.caseType());
		String haystack = String.join(" ", task.caseNumber(), task.name().lo(), task.name().en(),
				(task.assignee() != null) ? task.assignee() : "", (task.caseType() != null) ? task.caseType() : "",
				(type != null) ? type.getNameLo() + " " + type.getNameEn() : "");
		return haystack.toLowerCase(Locale.ROOT).contains(text);
	}

	private HorizontalLayout actions(WorkItem task) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		if (task.assignee() == null) {
			Button claim = new Button(getTranslation("task.claim"), (event) -> claim(task));
			claim.setId("inbox-claim-" + task.caseNumber());
			claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(claim);
		}
		Button open = new Button(getTranslation("inbox.open"), VaadinIcon.ARROW_RIGHT.create(), (event) -> open(task));
		open.setId("inbox-open-" + task.caseNumber());
		open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		actions.add(open);
		return actions;
	}

	private void claim(WorkItem task) {
		try {
			this.desk.claim(this.actor, task.taskId());
			UserMessages.success(getTranslation("task.claimed", task.caseNumber()));
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
		load();
	}

	private void open(WorkItem task) {
		getUI().ifPresent((ui) -> ui.navigate("cases/" + task.caseNumber()));
	}

	private String licenceTypeName(WorkItem task) {
		LicenceType type = this.licenceTypes.get(task.caseType());
		return (type != null) ? UserMessages.pick(type.getNameLo(), type.getNameEn()) : task.caseType();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("inbox.title");
	}

}

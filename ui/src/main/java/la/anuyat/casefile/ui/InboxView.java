package la.anuyat.casefile.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.workflow.TaskFilter;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.LocalizedText;

/**
 * The officer's work: open tasks of their own authority, most urgent first, overdue ones
 * marked. The grid reads page by page from the workflow (lazy data provider), so an
 * authority with thousands of open tasks opens as fast as one with ten.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final OfficerDesk desk;

	private final CurrentActor currentActor;

	private final H2 title = new H2();

	private final Span total = new Span();

	private final Grid<WorkItem> grid = new Grid<>();

	private final TextField search = new TextField();

	private final Select<String> taskType = new Select<>();

	private final Checkbox overdueOnly = new Checkbox();

	/** The names of the case types in the list shown, looked up once per showing. */
	private final Map<String, String> caseTypeNames = new java.util.HashMap<>();

	private Actor actor;

	InboxView(OfficerDesk desk, CurrentActor currentActor) {
		this.desk = desk;
		this.currentActor = currentActor;
		addClassName("page");
		setSizeFull();

		this.search.setId("inbox-search");
		this.search.setPlaceholder(getTranslation("inbox.searchCaseNumber"));
		this.search.setAriaLabel(getTranslation("inbox.searchCaseNumber"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((event) -> refresh());
		this.taskType.setId("inbox-task-type");
		this.taskType.setLabel(getTranslation("inbox.taskType"));
		this.taskType.setEmptySelectionAllowed(true);
		this.taskType.setEmptySelectionCaption(getTranslation("inbox.allTasks"));
		this.taskType.setPlaceholder(getTranslation("inbox.allTasks"));
		Map<String, LocalizedText> kinds = desk.taskNames();
		this.taskType.setItems(kinds.keySet());
		this.taskType.setItemLabelGenerator(
				(key) -> (key != null && kinds.containsKey(key)) ? UserMessages.in(kinds.get(key)) : "");
		this.taskType.addValueChangeListener((event) -> refresh());
		this.overdueOnly.setId("inbox-overdue-only");
		this.overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
		this.overdueOnly.addValueChangeListener((event) -> refresh());
		Button refresh = new Button(VaadinIcon.REFRESH.create(), (event) -> refresh());
		refresh.setId("inbox-refresh");
		refresh.setAriaLabel(getTranslation("inbox.refresh"));
		refresh.setTooltipText(getTranslation("inbox.refresh"));
		this.total.setId("inbox-total");
		HorizontalLayout filters = new HorizontalLayout(this.search, this.taskType, this.overdueOnly, refresh,
				this.total);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWidthFull();
		filters.expand(this.search);

		// Six columns that fit 1366 px beside the navigation drawer without sideways
		// scrolling: the licence type goes under the case number, the authority into the
		// title (an officer's tasks are all of their own authority).
		this.grid.setId("inbox-grid");
		this.grid.addColumn((task) -> UserMessages.in(task.name()))
			.setHeader(getTranslation("inbox.task"))
			.setWidth("11em")
			.setFlexGrow(1)
			.setTooltipGenerator((task) -> UserMessages.in(task.name()));
		this.grid.addComponentColumn(this::caseCell)
			.setHeader(getTranslation("inbox.case"))
			.setWidth("13em")
			.setFlexGrow(0)
			.setTooltipGenerator(this::licenceTypeName);
		this.grid.addColumn((task) -> UserMessages.in(task.companyName()))
			.setHeader(getTranslation("inbox.company"))
			.setWidth("10em")
			.setFlexGrow(2)
			.setTooltipGenerator((task) -> task.companyName().lo() + " / " + task.companyName().en());
		this.grid.addComponentColumn((task) -> new DueDate(task.due(), task.overdue()))
			.setHeader(getTranslation("inbox.due"))
			.setWidth("9em")
			.setFlexGrow(0);
		this.grid.addColumn(this::assigneeName)
			.setHeader(getTranslation("inbox.assignee"))
			.setWidth("9em")
			.setFlexGrow(1)
			.setTooltipGenerator(this::assigneeName);
		this.grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
		this.grid.setPartNameGenerator((task) -> task.overdue() ? "overdue" : null);
		this.grid.addItemDoubleClickListener((event) -> open(event.getItem()));
		this.grid.setEmptyStateText(getTranslation("inbox.empty"));
		this.grid.setSizeFull();
		this.grid.setPageSize(50);

		add(this.title, filters, this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.actor = this.currentActor.actor();
		this.caseTypeNames.clear();
		this.title.setText((this.actor.authorityCode() != null)
				? getTranslation("inbox.titleOf", AuthorityNames.of(this.desk::authority, this.actor.authorityCode()))
				: getTranslation("inbox.title"));
		this.grid.setItems(
				(query) -> this.desk.tasks(this.actor, filter(), query.getOffset(), query.getLimit()).items().stream(),
				(query) -> count());
	}

	private int count() {
		long count = this.desk.taskCount(this.actor, filter());
		this.total.setText(getTranslation("inbox.total", count));
		return (int) Math.min(count, Integer.MAX_VALUE);
	}

	private TaskFilter filter() {
		return new TaskFilter(this.taskType.getValue(), this.search.getValue(), this.overdueOnly.getValue());
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	private Div caseCell(WorkItem task) {
		Span number = new Span(task.caseNumber());
		Span type = new Span(licenceTypeName(task));
		type.addClassName("secondary");
		type.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		Div cell = new Div(number, type);
		cell.getStyle()
			.set("display", "flex")
			.set("flex-direction", "column")
			.set("overflow", "hidden")
			.set("text-overflow", "ellipsis");
		return cell;
	}

	private String assigneeName(WorkItem task) {
		return (task.assigneeName() != null) ? UserMessages.in(task.assigneeName())
				: getTranslation("inbox.unassigned");
	}

	private HorizontalLayout actions(WorkItem task) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		if (task.assignee() == null) {
			Button claim = new Button(getTranslation("task.claim"), (event) -> act(() -> {
				this.desk.claim(this.actor, task.taskId());
				UserMessages.success(getTranslation("task.claimed", task.caseNumber()));
			}));
			claim.setId("inbox-claim-" + task.caseNumber());
			claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(claim);
		}
		else if (task.assignee().equals(this.actor.username())) {
			Button release = new Button(VaadinIcon.ARROW_BACKWARD.create(), (event) -> act(() -> {
				this.desk.release(this.actor, task.taskId());
				UserMessages.success(getTranslation("task.released", task.caseNumber()));
			}));
			release.setId("inbox-release-" + task.caseNumber());
			release.setAriaLabel(getTranslation("task.release"));
			release.setTooltipText(getTranslation("task.releaseHint"));
			release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(release);
		}
		if (this.actor.role() == Role.LEADERSHIP) {
			Button assign = new Button(VaadinIcon.USER_CHECK.create(),
					(event) -> new AssignDialog(this.desk, this.actor, task, this::refresh).open());
			assign.setId("inbox-assign-" + task.caseNumber());
			assign.setAriaLabel(getTranslation("task.assign"));
			assign.setTooltipText(getTranslation("task.assignHint"));
			assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(assign);
		}
		Button open = new Button(getTranslation("inbox.open"), VaadinIcon.ARROW_RIGHT.create(), (event) -> open(task));
		open.setId("inbox-open-" + task.caseNumber());
		open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		actions.add(open);
		return actions;
	}

	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
		refresh();
	}

	private void open(WorkItem task) {
		getUI().ifPresent((ui) -> ui.navigate("cases/" + task.caseNumber()));
	}

	private String licenceTypeName(WorkItem task) {
		return this.caseTypeNames.computeIfAbsent(task.caseType(),
				(code) -> this.desk.caseTypeName(code).map(UserMessages::in).orElse(code));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("inbox.title");
	}

}

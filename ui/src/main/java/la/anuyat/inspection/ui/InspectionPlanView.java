package la.anuyat.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.StaffMember;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Role;
import la.anuyat.inspection.EntryStatus;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.EntryView;
import la.anuyat.inspection.InspectionPlans.MonthCoverage;
import la.anuyat.inspection.InspectionPlans.PlanView;
import la.anuyat.inspection.InspectionPlans.Subject;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.PlanStatus;
import la.anuyat.shared.DomainException;

/**
 * The annual inspection plan of an authority: leadership generates it from the register,
 * moves, adds and drops inspections in the draft, approves it and assigns the inspections
 * to inspectors; everyone with jurisdiction sees the coverage by month. Officers start ad
 * hoc inspections here too.
 */
@Route(value = "inspections/plan", layout = MainLayout.class)
@RolesAllowed({ "LEADERSHIP", "SECTION_OFFICER", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class InspectionPlanView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final InspectionPlans plans;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final Select<String> authority = new Select<>();

	private final IntegerField year = new IntegerField();

	private final Paragraph status = new Paragraph();

	private final HorizontalLayout planActions = new HorizontalLayout();

	private final Grid<MonthCoverage> coverage = new Grid<>();

	private final Grid<EntryView> entries = new Grid<>();

	private final VerticalLayout draftTools = new VerticalLayout();

	private final VerticalLayout adHocTools = new VerticalLayout();

	private PlanView shown;

	InspectionPlanView(InspectionPlans plans, CurrentActor currentActor, Clock clock) {
		this.plans = plans;
		this.currentActor = currentActor;
		this.clock = clock;
		addClassName("page");
		setId("inspection-plan");
		this.authority.setLabel(getTranslation("plan.authority"));
		this.authority.setId("plan-authority");
		this.year.setLabel(getTranslation("plan.year"));
		this.year.setId("plan-year");
		this.year.setStepButtonsVisible(true);
		Button show = new Button(getTranslation("plan.show"), (event) -> refresh());
		show.setId("plan-show");
		HorizontalLayout choice = new HorizontalLayout(this.authority, this.year, show);
		choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		choice.setWrap(true);
		this.status.setId("plan-status");
		this.planActions.setWrap(true);
		this.coverage.setId("plan-coverage");
		this.coverage.addColumn((month) -> InspectionLabels.month(getLocale(), month.month()))
			.setHeader(getTranslation("plan.month"));
		this.coverage.addColumn(MonthCoverage::planned).setHeader(getTranslation("plan.planned"));
		this.coverage.addColumn(MonthCoverage::done).setHeader(getTranslation("plan.done"));
		this.coverage.addColumn(MonthCoverage::overdue).setHeader(getTranslation("plan.overdue"));
		this.coverage.setAllRowsVisible(true);
		entriesGrid();
		add(new H1(getTranslation("plan.title")), new Paragraph(getTranslation("plan.intro")), choice, this.status,
				this.planActions, new H2(getTranslation("plan.coverage")), this.coverage,
				new H2(getTranslation("plan.entries")), this.draftTools, this.entries, this.adHocTools);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("plan.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Actor actor = this.currentActor.actor();
		List<String> seen = this.plans.authoritiesSeenBy(actor);
		this.authority.setItems(seen);
		this.authority.setValue(
				seen.contains(actor.authorityCode()) ? actor.authorityCode() : seen.isEmpty() ? null : seen.get(0));
		this.authority.setReadOnly(seen.size() < 2);
		this.year.setValue(LocalDate.now(this.clock).getYear());
		adHocTools(actor);
		refresh();
	}

	private void entriesGrid() {
		this.entries.setId("plan-entries");
		LocalDate today = LocalDate.now(this.clock);
		this.entries.addColumn((view) -> InspectionLabels.when(this, view.entry()))
			.setHeader(getTranslation("plan.when"))
			.setAutoWidth(true);
		this.entries.addColumn((view) -> view.entry().getSubjectRef())
			.setHeader(getTranslation("plan.subject"))
			.setAutoWidth(true);
		this.entries.addColumn((view) -> InspectionLabels.holder(view.entry()))
			.setHeader(getTranslation("plan.holder"))
			.setFlexGrow(1);
		this.entries
			.addColumn((view) -> InspectionLabels.type(this, view.entry())
					+ (view.entry().isJoint() ? " · " + getTranslation("plan.joint") : ""))
			.setHeader(getTranslation("plan.type"))
			.setFlexGrow(1);
		this.entries.addColumn((view) -> view.entry().getRiskScore())
			.setHeader(getTranslation("plan.risk"))
			.setAutoWidth(true);
		this.entries.addColumn((view) -> InspectionLabels.status(this, view.entry(), today))
			.setHeader(getTranslation("plan.entryStatus"))
			.setAutoWidth(true);
		this.entries.addColumn((view) -> InspectionLabels.team(view.team()))
			.setHeader(getTranslation("plan.team"))
			.setAutoWidth(true);
		this.entries.addComponentColumn(this::actions).setHeader(getTranslation("plan.actions")).setAutoWidth(true);
	}

	private HorizontalLayout actions(EntryView view) {
		HorizontalLayout actions = new HorizontalLayout();
		Actor actor = this.currentActor.actor();
		PlanEntry entry = view.entry();
		if (this.shown == null || actor.role() != Role.LEADERSHIP || entry.getStatus() != EntryStatus.PLANNED) {
			return actions;
		}
		boolean own = entry.getAuthorityCode().equals(actor.authorityCode());
		if (!this.shown.plan().isApproved() && own) {
			actions.add(small("plan.move", "plan-move-" + entry.getId(), (event) -> moveDialog(entry)),
					small("plan.drop", "plan-drop-" + entry.getId(), (event) -> dropDialog(entry)));
		}
		else if (this.shown.plan().isApproved() && (own || entry.isJoint())) {
			actions.add(small("plan.assign", "plan-assign-" + entry.getId(), (event) -> assignDialog(entry)));
		}
		return actions;
	}

	private Button small(String key, String id,
			com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
		Button button = new Button(getTranslation(key), listener);
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private void refresh() {
		Actor actor = this.currentActor.actor();
		this.planActions.removeAll();
		this.draftTools.removeAll();
		String code = this.authority.getValue();
		Integer planYear = this.year.getValue();
		if (code == null || planYear == null) {
			return;
		}
		Optional<PlanView> plan;
		try {
			plan = this.plans.findPlan(actor, code, planYear);
		}
		catch (DomainException ex) {
			UserMessages.error(ex);
			return;
		}
		this.shown = plan.orElse(null);
		boolean leads = actor.role() == Role.LEADERSHIP && code.equals(actor.authorityCode());
		if (plan.isEmpty()) {
			this.status.setText(getTranslation("plan.none"));
			this.coverage.setItems(List.of());
			this.entries.setItems(List.of());
		}
		else {
			PlanView view = plan.get();
			this.status.setText(
					getTranslation("plan.statusLine", getTranslation("plan.status." + view.plan().getStatus().name()),
							view.plan().getGeneratedBy(), DisplayFormats.dateTime(view.plan().getGeneratedAt())));
			this.coverage.setItems(
					this.plans.seesWholePlanOf(actor, code) ? this.plans.coverage(actor, code, planYear) : List.of());
			this.entries.setItems(view.entries());
		}
		if (leads && (plan.isEmpty() || plan.get().plan().getStatus() == PlanStatus.DRAFT)) {
			Button generate = new Button(getTranslation("plan.generate"), VaadinIcon.REFRESH.create(),
					(event) -> act(() -> UserMessages.success(getTranslation("plan.generated",
							this.plans.generate(actor, code, planYear).entries().size()))));
			generate.setId("plan-generate");
			this.planActions.add(generate);
		}
		if (leads && plan.isPresent() && !plan.get().plan().isApproved()) {
			Button approve = new Button(getTranslation("plan.approve"), VaadinIcon.CHECK.create(),
					(event) -> act(() -> {
						this.plans.approve(actor, code, planYear);
						UserMessages.success(getTranslation("plan.approvedMessage"));
					}));
			approve.setId("plan-approve");
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			this.planActions.add(approve);
			this.draftTools.add(addForm(actor, code, planYear));
		}
		if (leads && plan.isPresent() && plan.get().plan().isApproved()) {
			Button reopen = new Button(getTranslation("plan.reopen"), VaadinIcon.EDIT.create(),
					(event) -> reopenDialog(actor, code, planYear));
			reopen.setId("plan-reopen");
			this.planActions.add(reopen);
		}
	}

	private void reopenDialog(Actor actor, String code, int planYear) {
		TextField reason = new TextField(getTranslation("plan.reopenReason"));
		reason.setId("plan-reopen-reason");
		reason.setWidthFull();
		confirm(getTranslation("plan.reopen"), reason, () -> {
			int number = this.plans.reopen(actor, code, planYear, reason.getValue()).getNumber();
			UserMessages.success(getTranslation("plan.reopened", number));
		});
	}

	private HorizontalLayout addForm(Actor actor, String code, int planYear) {
		TextField licence = new TextField(getTranslation("plan.licenceNumber"));
		licence.setId("plan-add-licence");
		TextField assignment = new TextField(getTranslation("plan.assignmentReference"));
		assignment.setId("plan-add-assignment");
		Select<Integer> month = monthSelect();
		month.setId("plan-add-month");
		TextField reason = new TextField(getTranslation("plan.changeReason"));
		reason.setId("plan-add-reason");
		Button add = new Button(getTranslation("plan.add"), VaadinIcon.PLUS.create(), (event) -> act(() -> {
			this.plans.add(actor, code, planYear, new Subject(licence.getValue(), assignment.getValue()),
					month.getValue(), reason.getValue());
			UserMessages.success(getTranslation("plan.addedMessage"));
		}));
		add.setId("plan-add");
		HorizontalLayout form = new HorizontalLayout(licence, assignment, month, reason, add);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private void adHocTools(Actor actor) {
		this.adHocTools.removeAll();
		if (actor.role() != Role.SECTION_OFFICER && actor.role() != Role.LEADERSHIP) {
			return;
		}
		TextField licence = new TextField(getTranslation("plan.licenceNumber"));
		licence.setId("adhoc-licence");
		TextField assignment = new TextField(getTranslation("plan.assignmentReference"));
		assignment.setId("adhoc-assignment");
		DatePicker day = new DatePicker(getTranslation("plan.adHocDate"));
		day.setId("adhoc-date");
		day.setMin(LocalDate.now(this.clock));
		TextField reason = new TextField(getTranslation("plan.adHocReason"));
		reason.setId("adhoc-reason");
		TextField source = new TextField(getTranslation("plan.adHocSource"));
		source.setId("adhoc-source");
		Button start = new Button(getTranslation("plan.adHocStart"), VaadinIcon.FLAG.create(), (event) -> act(() -> {
			this.plans.startAdHoc(actor, actor.authorityCode(), new Subject(licence.getValue(), assignment.getValue()),
					day.getValue(), reason.getValue(), source.getValue());
			UserMessages.success(getTranslation("plan.adHocStarted"));
		}));
		start.setId("adhoc-start");
		HorizontalLayout form = new HorizontalLayout(licence, assignment, day, reason, source, start);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		this.adHocTools.add(new H2(getTranslation("plan.adHoc")), form);
	}

	private void moveDialog(PlanEntry entry) {
		Select<Integer> month = monthSelect();
		month.setId("plan-move-month");
		month.setValue(entry.getPlannedMonth());
		// a revision of an approved plan gives the reason of every change
		TextField reason = new TextField(getTranslation("plan.changeReason"));
		reason.setId("plan-move-reason");
		reason.setWidthFull();
		confirm(getTranslation("plan.move") + " — " + entry.getSubjectRef(), new VerticalLayout(month, reason), () -> {
			this.plans.move(this.currentActor.actor(), entry.getId(), month.getValue(), reason.getValue());
			UserMessages.success(getTranslation("plan.moved", InspectionLabels.month(getLocale(), month.getValue())));
		});
	}

	private void dropDialog(PlanEntry entry) {
		TextField reason = new TextField(getTranslation("plan.dropReason"));
		reason.setId("plan-drop-reason");
		reason.setWidthFull();
		confirm(getTranslation("plan.drop") + " — " + entry.getSubjectRef(), reason, () -> {
			this.plans.drop(this.currentActor.actor(), entry.getId(), reason.getValue());
			UserMessages.success(getTranslation("plan.droppedMessage"));
		});
	}

	private void assignDialog(PlanEntry entry) {
		Actor actor = this.currentActor.actor();
		MultiSelectComboBox<StaffMember> inspectors = new MultiSelectComboBox<>(getTranslation("plan.inspectors"));
		inspectors.setId("plan-assign-inspectors");
		inspectors.setItems(this.plans.assignableStaff(actor));
		inspectors.setItemLabelGenerator((staff) -> UserMessages.pick(staff.getFullNameLo(), staff.getFullNameEn())
				+ " (" + staff.getUsername() + ")");
		inspectors.setWidthFull();
		DatePicker day = new DatePicker(getTranslation("plan.date"));
		day.setId("plan-assign-date");
		day.setMin(LocalDate.of(entry.getYear(), 1, 1));
		day.setMax(LocalDate.of(entry.getYear(), 12, 31));
		day.setValue(entry.getScheduledOn());
		confirm(getTranslation("plan.assign") + " — " + entry.getSubjectRef(), new VerticalLayout(inspectors, day),
				() -> {
					List<String> names = new ArrayList<>();
					inspectors.getSelectedItems().forEach((staff) -> names.add(staff.getUsername()));
					this.plans.assign(actor, entry.getId(), names, day.getValue());
					UserMessages.success(getTranslation("plan.assignedMessage", String.join(", ", names)));
				});
	}

	private void confirm(String title, com.vaadin.flow.component.Component body, Runnable action) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(title);
		dialog.add(body);
		Button ok = new Button(getTranslation("plan.confirm"), (event) -> {
			if (act(action)) {
				dialog.close();
			}
		});
		ok.setId("plan-dialog-confirm");
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("plan.cancel"), (event) -> dialog.close());
		dialog.getFooter().add(cancel, ok);
		dialog.open();
	}

	private Select<Integer> monthSelect() {
		Select<Integer> month = new Select<>();
		month.setLabel(getTranslation("plan.month"));
		month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
		month.setItemLabelGenerator((value) -> InspectionLabels.month(getLocale(), value));
		month.setValue(LocalDate.now(this.clock).getMonthValue());
		return month;
	}

	/** Runs a verb, shows its refusal, and shows the plan again after it. */
	private boolean act(Runnable action) {
		try {
			action.run();
			refresh();
			return true;
		}
		catch (DomainException ex) {
			UserMessages.error(ex);
			return false;
		}
	}

}

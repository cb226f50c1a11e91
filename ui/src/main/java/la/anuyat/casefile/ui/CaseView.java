package la.anuyat.casefile.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.Fact;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseParty;
import la.anuyat.casefile.PartyRole;
import la.anuyat.casefile.CaseNote;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.DomainException;

/**
 * One case as staff see it: its state, the form data, documents to look at, history and
 * notes, and — when the officer has an open task on it — the actions that move it on.
 */
@Route(value = "cases/:caseNumber", layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The leadership's final decision, which a confirmation precedes. */
	static final String DECISION_TASK = "userTask_decideApplication";

	private final OfficerDesk desk;

	private final CurrentActor currentActor;

	private Actor actor;

	private String caseNumber = "";

	private String selectedTab;

	/** The names of the people on the case shown, looked up once per showing. */
	private final Map<String, String> names = new java.util.HashMap<>();

	/** What the case families show of their cases. */
	private final List<CaseSections> sections;

	CaseView(OfficerDesk desk, CurrentActor currentActor, List<CaseSections> sections) {
		this.desk = desk;
		this.sections = sections;
		this.currentActor = currentActor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.actor = this.currentActor.actor();
		this.caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
		show();
	}

	private void show() {
		removeAll();
		this.names.clear();
		CaseFile caseFile = this.desk.caseFile(this.actor, this.caseNumber);

		Anchor back = new Anchor("inbox", getTranslation("case.backToInbox"));
		back.setId("case-back");
		add(back, header(caseFile));

		List<WorkItem> tasks = this.desk.tasksOfCase(this.actor, caseFile.getCaseNumber());
		tasks.forEach((task) -> add(taskPanel(caseFile, task)));
		List<WorkItem> others = this.desk.reassignableTasksOfCase(this.actor, caseFile, tasks);
		if (!others.isEmpty()) {
			add(otherWork(others));
		}

		add(progress(caseFile));
		this.sections.forEach((family) -> family.panels(caseFile, this.actor, this::show).forEach(this::add));

		TabSheet tabs = new TabSheet();
		tabs.setId("case-tabs");
		tabs.setWidthFull();
		tabs.add(getTranslation("case.tab.form"), formData(caseFile)).setId("case-tab-form");
		tabs.add(getTranslation("case.tab.documents"), documents(caseFile)).setId("case-tab-documents");
		tabs.add(getTranslation("case.tab.history"), new CaseTimeline(caseFile.getHistory(), this::nameOf))
			.setId("case-tab-history");
		tabs.add(getTranslation("case.tab.notes"), notes(caseFile)).setId("case-tab-notes");
		if (this.selectedTab != null) {
			for (int i = 0; i < 4; i++) {
				if (this.selectedTab.equals(tabs.getTabAt(i).getId().orElse(null))) {
					tabs.setSelectedIndex(i);
				}
			}
		}
		tabs.addSelectedChangeListener((event) -> this.selectedTab = event.getSelectedTab().getId().orElse(null));
		add(tabs);
	}

	private Div header(CaseFile caseFile) {
		H1 number = new H1(caseFile.getCaseNumber());
		number.setId("case-number");
		StatusBadge status = new StatusBadge(caseFile.getStatus());
		status.setId("case-status");
		HorizontalLayout title = new HorizontalLayout(number, status);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		title.addClassName("page-title");

		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(fact("case.licenceType",
				this.desk.caseTypeName(caseFile.getCaseType()).map(UserMessages::in).orElse(caseFile.getCaseType())));
		facts.add(fact("case.authority", authorityName(caseFile.getAuthorityCode())));
		facts.add(fact("case.applicant", nameOf(caseFile.getApplicantUsername())));
		// the other parties by role: the holder of the licence a case is about, a
		// complainant, the operator complained about
		caseFile.getParties()
			.stream()
			.filter((party) -> party.getRole() != PartyRole.APPLICANT)
			.forEach((party) -> facts.add(new Fact(UserMessages.in(party.getRole().label()), partyName(party))));
		facts.add(fact("case.submitted", DisplayFormats.dateTime(caseFile.getSubmittedAt())));
		if (!caseFile.getStatus().isClosed()) {
			Div due = fact("case.due", "");
			due.add(new DueDate(caseFile.getDueDate(), DueDate.isOverdue(caseFile.getDueDate())));
			facts.add(due);
		}
		this.sections.forEach((family) -> family.facts(caseFile).forEach((key, value) -> facts.add(fact(key, value))));
		// a complaint against an operator nobody could name concerns no company
		if (caseFile.getCompanyId() != null) {
			com.vaadin.flow.component.html.Anchor company = new com.vaadin.flow.component.html.Anchor(
					"companies/" + caseFile.getCompanyId(), getTranslation("case.companyPage"));
			company.setId("case-company-page");
			facts.add(company);
		}
		Div header = new Div(title, facts);
		header.addClassName("case-header");
		return header;
	}

	private String partyName(CaseParty party) {
		if (party.getName() != null) {
			return party.getName();
		}
		if (party.getCompanyId() != null) {
			return UserMessages.in(this.desk.companyName(party.getCompanyId()));
		}
		return nameOf(party.getUsername());
	}

	private Div fact(String key, String value) {
		return new Fact(getTranslation(key), value);
	}

	/**
	 * What earlier steps said: the question and answer, the study's recommendation, the
	 * decision.
	 */
	private Div progress(CaseFile caseFile) {
		Div progress = new Div();
		progress.addClassName("case-progress");
		progress.setId("case-progress");
		if (caseFile.getInformationRequest() != null) {
			progress.add(statement("case.question", caseFile.getInformationRequest()));
		}
		if (caseFile.getInformationAnswer() != null) {
			progress.add(statement("case.answer", caseFile.getInformationAnswer()));
		}
		if (caseFile.getStudyOutcome() != null) {
			progress.add(statement("case.study", UserMessages.in(caseFile.getStudyOutcome().label()) + " — "
					+ nameOf(caseFile.getStudiedBy()) + ": " + nullToEmpty(caseFile.getRecommendation())));
		}
		if (caseFile.getDecision() != null) {
			progress.add(statement("case.decision", UserMessages.in(caseFile.getDecision().label()) + " — "
					+ nameOf(caseFile.getDecidedBy()) + ": " + nullToEmpty(caseFile.getDecisionReasons())));
		}
		progress.setVisible(progress.getChildren().findAny().isPresent());
		return progress;
	}

	private Div statement(String key, String text) {
		Span label = new Span(getTranslation(key));
		label.addClassName("fact-label");
		Paragraph body = new Paragraph(text);
		return new Div(label, body);
	}

	private Div taskPanel(CaseFile caseFile, WorkItem task) {
		Div panel = new Div();
		panel.addClassName("task-panel");
		panel.setId("task-panel");
		H3 name = new H3(UserMessages.in(task.name()));
		Span assignee = new Span(
				(task.assignee() != null) ? getTranslation("task.assignedTo", UserMessages.in(task.assigneeName()))
						: getTranslation("task.notClaimed"));
		assignee.setId("task-assignee");
		Div due = new Div(new Span(getTranslation("case.due") + " "), new DueDate(task.due(), task.overdue()));
		panel.add(name, assignee, due);

		boolean mine = this.actor.username().equals(task.assignee());
		HorizontalLayout holding = new HorizontalLayout();
		if (task.assignee() == null) {
			Button claim = new Button(getTranslation("task.claim"), (event) -> act(() -> {
				this.desk.claim(this.actor, task.taskId());
				UserMessages.success(getTranslation("task.claimed", task.caseNumber()));
			}));
			claim.setId("task-claim");
			holding.add(claim);
		}
		if (mine && this.actor.isStaff()) {
			holding.add(releaseButton(task, "task-release"));
		}
		if (this.actor.role() == Role.LEADERSHIP) {
			holding.add(assignButton(task, "task-assign"));
		}
		if (holding.getComponentCount() > 0) {
			panel.add(holding);
		}
		if (task.assignee() != null && !mine) {
			return panel;
		}

		TextArea comment = new TextArea(getTranslation("task.comment." + task.taskKey()));
		comment.setId("task-comment");
		comment.setWidthFull();
		comment.setMinHeight("6em");
		String[] chosen = new String[1];
		HorizontalLayout outcomes = new HorizontalLayout();
		outcomes.addClassName("task-outcomes");
		List<Button> outcomeButtons = new java.util.ArrayList<>();
		for (String outcome : task.outcomes()) {
			Button button = new Button(getTranslation("outcome." + outcome));
			button.setId("task-outcome-" + outcome);
			button.addClassName("outcome");
			button.getElement().setAttribute("aria-pressed", "false");
			button.addClickListener((event) -> {
				chosen[0] = outcome;
				outcomeButtons.forEach((other) -> {
					other.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
					other.getElement().setAttribute("aria-pressed", "false");
				});
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
				button.getElement().setAttribute("aria-pressed", "true");
			});
			outcomeButtons.add(button);
			outcomes.add(button);
		}
		if (task.outcomes().size() == 1) {
			outcomeButtons.get(0).click();
		}
		Button complete = new Button(getTranslation("task.complete"));
		complete.setId("task-complete");
		complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
		complete.addClickListener((event) -> {
			if (chosen[0] == null) {
				UserMessages.errorMessage(getTranslation("task.chooseOutcome"));
				return;
			}
			String outcome = chosen[0];
			Runnable completion = () -> act(() -> {
				this.desk.complete(this.actor, task.taskId(), outcome, comment.getValue().trim());
				UserMessages.success(getTranslation("task.completed", getTranslation("outcome." + outcome)));
			});
			if (DECISION_TASK.equals(task.taskKey())) {
				confirmDecision(caseFile, outcome, completion);
			}
			else {
				completion.run();
			}
		});
		Paragraph hint = new Paragraph(getTranslation("task.hint." + task.taskKey()));
		hint.addClassName("hint");
		panel.add(hint, new Span(getTranslation("task.outcome")), outcomes, comment, complete);
		return panel;
	}

	private Button releaseButton(WorkItem task, String id) {
		Button release = new Button(getTranslation("task.release"), VaadinIcon.ARROW_BACKWARD.create(),
				(event) -> act(() -> {
					this.desk.release(this.actor, task.taskId());
					UserMessages.success(getTranslation("task.released", task.caseNumber()));
				}));
		release.setId(id);
		release.setTooltipText(getTranslation("task.releaseHint"));
		release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return release;
	}

	private Button assignButton(WorkItem task, String id) {
		Button assign = new Button(getTranslation("task.assign"), VaadinIcon.USER_CHECK.create(),
				(event) -> new AssignDialog(this.desk, this.actor, task, this::show).open());
		assign.setId(id);
		assign.setTooltipText(getTranslation("task.assignHint"));
		assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return assign;
	}

	/**
	 * For the leadership: the case's other open work, held by or offered to section
	 * officers, which they may hand to a colleague.
	 */
	private Div otherWork(List<WorkItem> others) {
		Div panel = new Div();
		panel.addClassName("task-panel");
		panel.setId("other-work");
		panel.add(new H3(getTranslation("task.otherWork")));
		for (WorkItem task : others) {
			Span line = new Span(UserMessages.in(task.name()) + " — "
					+ ((task.assignee() != null)
							? getTranslation("task.assignedTo", UserMessages.in(task.assigneeName()))
							: getTranslation("task.notClaimed")));
			HorizontalLayout row = new HorizontalLayout(line,
					assignButton(task, "other-work-assign-" + task.taskKey()));
			row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
			panel.add(row);
		}
		return panel;
	}

	/**
	 * A final decision cannot be taken back (an approval issues the licence): the leader
	 * confirms it once more, seeing what they are about to decide.
	 */
	private void confirmDecision(CaseFile caseFile, String outcome, Runnable decide) {
		String text = this.sections.stream()
			.map((family) -> family.decisionConfirmation(caseFile, outcome))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse("decision.confirm.text." + outcome);
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("decision-confirm-dialog");
		dialog.setHeader(getTranslation("decision.confirm.title"));
		dialog.setText(getTranslation(text, caseFile.getCaseNumber()));
		Button confirm = new Button(getTranslation("outcome." + outcome), (event) -> {
			dialog.close();
			decide.run();
		});
		confirm.setId("decision-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
				"reject".equals(outcome) ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
		dialog.setConfirmButton(confirm);
		Button cancel = new Button(getTranslation("decision.confirm.cancel"), (event) -> dialog.close());
		cancel.setId("decision-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_CONTRAST);
		dialog.setCancelable(true);
		dialog.setCancelButton(cancel);
		dialog.getElement().setAttribute("aria-label", getTranslation("decision.confirm.title"));
		dialog.open();
	}

	/**
	 * Runs an action and shows the case again; a refusal (four-eyes, a colleague's claim,
	 * a missing comment) is shown in the user's language and nothing changes.
	 */
	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
			return;
		}
		show();
	}

	private Div formData(CaseFile caseFile) {
		Div data = new Div();
		data.addClassName("review");
		data.setId("case-form-data");
		Optional<Map<String, String>> answers = this.sections.stream()
			.map((family) -> family.answers(caseFile))
			.flatMap(Optional::stream)
			.findFirst();
		if (answers.isEmpty()) {
			data.add(new Paragraph(nullToEmpty(caseFile.getFormData())));
			return data;
		}
		answers.get().forEach((label, value) -> {
			Span term = new Span(label);
			term.addClassName("review-label");
			Span definition = new Span(value);
			definition.addClassName("review-value");
			Div row = new Div(term, definition);
			row.addClassName("review-row");
			data.add(row);
		});
		return data;
	}

	private Div documents(CaseFile caseFile) {
		Map<String, String> typeNames = new LinkedHashMap<>();
		this.sections.forEach((family) -> typeNames.putAll(family.documentTypes(caseFile)));
		typeNames.put(DocumentList.OTHER_TYPE, getTranslation("documents.other"));
		return new Div(
				new DocumentList(this.desk.documents(caseFile.getId()), typeNames, this.desk::documentContent, true));
	}

	private Div notes(CaseFile caseFile) {
		Div notes = new Div();
		notes.setId("case-notes");
		caseFile.getNotes().stream().sorted(Comparator.comparing(CaseNote::getAt)).forEach((note) -> {
			Div item = new Div();
			item.addClassName("note");
			Span meta = new Span(DisplayFormats.dateTime(note.getAt()) + " · " + nameOf(note.getAuthor()));
			meta.addClassName("note-meta");
			item.add(meta, new Paragraph(note.getText()));
			notes.add(item);
		});
		if (caseFile.getNotes().isEmpty()) {
			notes.add(new Paragraph(getTranslation("case.notes.empty")));
		}
		TextArea text = new TextArea(getTranslation("case.notes.new"));
		text.setId("note-text");
		text.setWidthFull();
		Button add = new Button(getTranslation("case.notes.add"), (event) -> {
			if (text.getValue().isBlank()) {
				text.setErrorMessage(getTranslation("case.notes.required"));
				text.setInvalid(true);
				return;
			}
			this.selectedTab = "case-tab-notes";
			act(() -> this.desk.addNote(this.actor, this.caseNumber, text.getValue().trim()));
		});
		add.setId("note-add");
		notes.add(text, add);
		return notes;
	}

	private String nameOf(String username) {
		return this.names.computeIfAbsent((username != null) ? username : "",
				(key) -> UserMessages.in(this.desk.personName(key)));
	}

	private String authorityName(String code) {
		return AuthorityNames.of(this.desk::authority, code);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	@Override
	public String getPageTitle() {
		return this.caseNumber;
	}

}

package la.anuyat.casefile.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.EngineTime;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines on the user tasks: a staff task past its due date is escalated to the
 * authority's leadership and flagged on the case while it stays open; an unanswered
 * information request reminds the applicant; a deemed outcome applies only where the
 * deemed-outcome table puts one in force. The engine's clock is moved and the due timers
 * run as the job executor would (it is off in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class TaskDeadlineProcessTest {

	private static final String CHECK = "userTask_checkCompleteness";

	private static final String ANSWER = "userTask_answerInformationRequest";

	private static final String STUDY = "userTask_studyApplication";

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private ApplicationTimeline timeline;

	private Actor officer;

	private Actor leader;

	private Actor deputy;

	@BeforeEach
	void setUp() {
		this.officer = this.fixtures.officerVte();
		this.leader = this.fixtures.leaderVte();
		this.deputy = this.fixtures.deputyVte();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void escalatesAnOverdueCheckToTheLeadershipAndClearsTheFlagOnceItIsDone() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant);
		WorkItem check = onlyTask(this.officer, submitted, CHECK);

		EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());
		assertThat(reload(submitted).isOverdue()).as("not due yet").isFalse();

		EngineTime.setClock(check.due().plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());

		CaseFile overdue = reload(submitted);
		assertThat(overdue.isOverdue()).isTrue();
		assertThat(overdue.getOverdueSince()).isEqualTo(check.due().plusMinutes(1));
		assertThat(eventTypes(overdue)).contains("case.overdue");
		assertThat(overdue.getHistory()).filteredOn((event) -> event.getType().equals("case.overdue"))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.getDescriptionEn()).contains("Check completeness", "escalated to the leadership");
				assertThat(event.getDescriptionLo()).contains("ເກີນກຳນົດ");
			});
		for (Actor member : List.of(this.leader, this.deputy)) {
			assertThat(noticesAbout(member, submitted)).extracting(Notice::getKind)
				.as("notice to " + member.username())
				.containsExactly("taskOverdue");
			assertThat(this.notifications.outbox())
				.filteredOn((mail) -> mail.getRecipient().equals(member.username() + "@anuyat.example.la")
						&& mail.getSubject().contains(submitted.getCaseNumber()))
				.singleElement()
				.satisfies((mail) -> assertThat(mail.getBody()).contains("Check completeness", "/cases/"));
		}
		assertThat(noticesAbout(this.officer, submitted)).as("only the leadership is told").isEmpty();

		WorkItem stillOpen = onlyTask(this.officer, submitted, CHECK);
		assertThat(stillOpen.overdue()).isTrue();
		assertThat(this.workflow.tasksFor(this.officer, new TaskFilter(null, submitted.getCaseNumber(), true), 0, 10)
			.items()).extracting(WorkItem::taskKey).containsExactly(CHECK);

		EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());
		assertThat(noticesAbout(this.leader, submitted)).as("escalated once").hasSize(1);

		complete(this.officer, submitted, CHECK, "complete", null);
		CaseFile done = reload(submitted);
		assertThat(done.isOverdue()).isFalse();
		assertThat(eventTypes(done)).as("the history keeps that it was late").contains("case.overdue");
		assertThat(onlyTask(this.officer, submitted, STUDY).overdue()).isFalse();
	}

	@Test
	void neverEscalatesATaskCompletedBeforeItsDueDate() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant);
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		complete(this.officer, submitted, CHECK, "complete", null);

		EngineTime.setClock(check.due().plusDays(1));
		EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());

		CaseFile studied = reload(submitted);
		assertThat(studied.isOverdue()).isFalse();
		assertThat(eventTypes(studied)).doesNotContain("case.overdue");
		assertThat(noticesAbout(this.leader, submitted)).isEmpty();
		assertThat(onlyTask(this.officer, submitted, STUDY).overdue()).isFalse();
	}

	@Test
	void remindsTheApplicantOfAnUnansweredInformationRequestWithoutEscalating() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant);
		complete(this.officer, submitted, CHECK, "request-info", "The director's ID, please.");
		WorkItem answer = onlyTask(applicant, submitted, ANSWER);

		EngineTime.setClock(answer.due().plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());

		CaseFile waiting = reload(submitted);
		assertThat(waiting.isOverdue()).as("the answer is the applicant's").isFalse();
		assertThat(eventTypes(waiting)).contains("case.answerReminder").doesNotContain("case.overdue");
		assertThat(noticesAbout(applicant, submitted)).extracting(Notice::getKind).contains("answerOverdue");
		assertThat(this.notifications.outbox())
			.filteredOn((mail) -> mail.getRecipient().equals(this.fixtures.companyEmail(applicant))
					&& mail.getBody().contains("/my-applications/" + submitted.getCaseNumber()))
			.isNotEmpty();
		assertThat(noticesAbout(this.leader, submitted)).isEmpty();
		assertThat(onlyTask(applicant, submitted, ANSWER).taskId()).isEqualTo(answer.taskId());
	}

	@Test
	void theDefaultDeemedOutcomeTableDeemsNothing() {
		for (String task : List.of(CHECK, STUDY, "userTask_decideApplication", "userTask_confirmCancellation")) {
			DmnDecisionTableResult result = this.engine.getDecisionService()
				.evaluateDecisionTableByKey("deemedOutcome",
						Variables.createVariables().putValue("taskKey", task).putValue("caseType", "ICT-SOFT"));
			assertThat((String) result.getSingleResult().getSingleEntry()).as(task).isEqualTo("none");
		}
	}

	@Test
	void completesAnOverdueCheckWithItsDeemedOutcomeOnceTheRegulatorPutsTheExampleRuleInForce() throws IOException {
		Deployment inForce = deployDeemedOutcomesWithTheExampleInForce();
		try {
			Actor applicant = this.fixtures.newApplicant("VTE");
			CaseFile submitted = submit(applicant);
			WorkItem check = onlyTask(this.officer, submitted, CHECK);

			EngineTime.setClock(check.due().plusMinutes(1));
			EngineTime.runDueTimersFor(this.engine, submitted.getCaseNumber());

			CaseFile deemed = reload(submitted);
			assertThat(deemed.getStatus()).isEqualTo(CaseStatus.IN_STUDY);
			assertThat(deemed.isOverdue()).as("deemed instead of escalated").isFalse();
			assertThat(eventTypes(deemed)).contains("case.deemed", "case.complete").doesNotContain("case.overdue");
			assertThat(deemed.getHistory()).filteredOn((event) -> event.getType().equals("case.deemed"))
				.singleElement()
				.satisfies((event) -> {
					assertThat(event.getActor()).isEqualTo("system");
					assertThat(event.getDescriptionEn()).contains("deemed \"complete\"");
				});
			assertThat(noticesAbout(this.leader, submitted)).isEmpty();
			assertThat(onlyTask(this.officer, submitted, STUDY)).isNotNull();
		}
		finally {
			this.engine.getRepositoryService().deleteDeployment(inForce.getId(), true);
		}
	}

	@Test
	void showsTheApplicantTheDueDateOfTheCurrentStepAndTheExpectedDatesAhead() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant);
		LocalDateTime due = onlyTask(this.officer, submitted, CHECK).due();

		List<TimelineStep> steps = this.timeline.of(reload(submitted));
		assertThat(steps).extracting(TimelineStep::key)
			.containsExactly("submitted", "completenessCheck", "study", "decision", "payment", "licence");
		assertThat(steps).extracting(TimelineStep::state)
			.containsExactly(TimelineStep.State.DONE, TimelineStep.State.CURRENT, TimelineStep.State.AHEAD,
					TimelineStep.State.AHEAD, TimelineStep.State.AHEAD, TimelineStep.State.AHEAD);
		assertThat(steps.get(0).done()).isEqualTo(reload(submitted).getSubmittedAt());
		assertThat(steps.get(1).due()).isEqualTo(due);
		// task-due-dates.dmn: study 7 days, decision 5; the fee is due 30 days after the
		// invoice, and the licence is issued as it is paid
		assertThat(steps.get(2).expected()).isEqualTo(due.plusDays(7));
		assertThat(steps.get(3).expected()).isEqualTo(due.plusDays(12));
		assertThat(steps.get(4).expected()).isEqualTo(due.plusDays(42));
		assertThat(steps.get(5).expected()).isEqualTo(due.plusDays(42));
		assertThat(steps.get(1).name().lo()).isEqualTo("ກວດຄວາມຄົບຖ້ວນ");

		complete(this.officer, submitted, CHECK, "complete", null);
		LocalDateTime studyDue = onlyTask(this.officer, submitted, STUDY).due();
		List<TimelineStep> later = this.timeline.of(reload(submitted));
		assertThat(later.get(1).state()).isEqualTo(TimelineStep.State.DONE);
		assertThat(later.get(1).done()).isNotNull();
		assertThat(later.get(2).state()).isEqualTo(TimelineStep.State.CURRENT);
		assertThat(later.get(2).due()).isEqualTo(studyDue);
		assertThat(later.get(3).expected()).isEqualTo(studyDue.plusDays(5));
	}

	/**
	 * A new version of the production table whose documented example row is in force, as
	 * the regulator would put it in force in Camunda Modeler.
	 */
	private Deployment deployDeemedOutcomesWithTheExampleInForce() throws IOException {
		String table;
		try (InputStream in = getClass().getResourceAsStream("/dmn/deemed-outcomes.dmn")) {
			table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String example = "<inputEntry id=\"inputEntry_exampleInForce\">\n          <text>false</text>";
		assertThat(table).contains(example);
		String changed = table.replace(example,
				"<inputEntry id=\"inputEntry_exampleInForce\">\n          <text>true</text>");
		return this.engine.getRepositoryService()
			.createDeployment()
			.name("deemed outcomes in force")
			.addString("deemed-outcomes.dmn", changed)
			.deploy();
	}

	private CaseFile submit(Actor applicant) {
		CaseFile draft = this.fixtures.draft(applicant, "ICT-SOFT", "VTE");
		return this.workflow.submit(applicant, draft.getCaseNumber());
	}

	private void complete(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		this.workflow.complete(actor, onlyTask(actor, caseFile, taskKey).taskId(), outcome, comment);
	}

	private WorkItem onlyTask(Actor actor, CaseFile caseFile, String taskKey) {
		List<WorkItem> tasks = this.workflow.tasksOfCase(actor, caseFile.getCaseNumber());
		assertThat(tasks).extracting(WorkItem::taskKey).containsExactly(taskKey);
		return tasks.get(0);
	}

	private CaseFile reload(CaseFile caseFile) {
		return this.caseFiles.caseById(caseFile.getId());
	}

	private static List<String> eventTypes(CaseFile caseFile) {
		return caseFile.getHistory().stream().map(CaseEvent::getType).toList();
	}

	private List<Notice> noticesAbout(Actor recipient, CaseFile caseFile) {
		return this.notifications.noticesOf(recipient, 200)
			.stream()
			.filter((notice) -> caseFile.getCaseNumber().equals(notice.getCaseNumber()))
			.toList();
	}

}

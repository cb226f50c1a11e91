package la.anuyat.usage.process;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import la.anuyat.EngineTime;
import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceChanges;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.RequiredDocument;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.usage.ReportingPeriod;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportDraft;
import la.anuyat.usage.UsageReportStatus;
import la.anuyat.usage.UsageReports;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * usage-reporting on the real domain services and the engine, moving the clock (the
 * domain reads the engine's): a special number's quarterly reports fall due at each
 * quarter's end and turn overdue thirty days later (usage-report-schedule.dmn), the loop
 * runs over the licence's validity and stops when the licence ends, and a type that owes
 * no reports ends the process at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class UsageReportingProcessTest {

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	/** Issued on this day, a special number licence is valid until 10 January 2028. */
	private static final LocalDateTime START = LocalDateTime.of(2027, 1, 11, 9, 0);

	@Autowired
	private UsageReporting reporting;

	@Autowired
	private UsageReports reports;

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private LicenceLifecycleWorkflow lifecycle;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private LicenceApplications applications;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private LicenceService licences;

	@Autowired
	private AuthorityService authorities;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private LicenceChanges changes;

	@Autowired
	private FormCatalogue forms;

	@Autowired
	private CaseDocuments documents;

	private Actor postalOfficer;

	private Actor technologyOfficer;

	private Actor leader;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		EngineTime.setClock(START);
		this.postalOfficer = this.fixtures.staff("usage.post.vte", Role.SECTION_OFFICER, "VTE", "POST");
		this.technologyOfficer = this.fixtures.staff("usage.tech.vte", Role.SECTION_OFFICER, "VTE", "TECH");
		this.leader = this.fixtures.staff("usage.leader.vte", Role.LEADERSHIP, "VTE", null);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSpecialNumberReportFallsDueAtTheQuartersEndAndTurnsOverdueThirtyDaysLater() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		ProcessInstance instance = reportingProcess(licence);
		BpmnAwareTests.assertThat(instance).isWaitingAt("timerEvent_periodEnded");
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber()))
			.contains(new ReportingPeriod(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 10)));

		EngineTime.setClock(LocalDateTime.of(2027, 4, 10, 23, 0));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		assertThat(reportsOf(holder, licence)).as("the quarter's last day is still in the quarter").isEmpty();

		EngineTime.setClock(LocalDateTime.of(2027, 4, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		UsageReport first = onlyReport(holder, licence);
		assertThat(first.getStatus()).isEqualTo(UsageReportStatus.DUE);
		assertThat(first.period()).isEqualTo(new ReportingPeriod(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 10)));
		assertThat(first.getDueDate()).as("30 days after the quarter").isEqualTo(LocalDate.of(2027, 5, 10));
		assertThat(noticeKinds(holder)).first().isEqualTo("usageReportDue");
		assertThat(mailsTo(holder)).anySatisfy((mail) -> assertThat(mail.getSubject()).contains("10/05/2027"));
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber()))
			.contains(new ReportingPeriod(LocalDate.of(2027, 4, 11), LocalDate.of(2027, 7, 10)));

		this.reports.submit(holder, licence.getLicenceNumber(), first.getId(),
				new UsageReportDraft(1840L, true, "Hotline calls only"));
		EngineTime.setClock(LocalDateTime.of(2027, 5, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		assertThat(onlyReport(holder, licence).getStatus()).as("submitted in time stays so")
			.isEqualTo(UsageReportStatus.SUBMITTED);
		assertThat(noticeKinds(holder)).doesNotContain("usageReportOverdue");

		EngineTime.setClock(LocalDateTime.of(2027, 7, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		UsageReport second = reportsOf(holder, licence).get(0);
		assertThat(second.getPeriodStart()).isEqualTo(LocalDate.of(2027, 4, 11));
		EngineTime.setClock(LocalDateTime.of(2027, 8, 9, 23, 0));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		assertThat(reportsOf(holder, licence).get(0).getStatus()).as("on its due date")
			.isEqualTo(UsageReportStatus.DUE);
		EngineTime.setClock(LocalDateTime.of(2027, 8, 10, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());

		assertThat(reportsOf(holder, licence).get(0).getStatus()).isEqualTo(UsageReportStatus.OVERDUE);
		assertThat(noticeKinds(holder)).first().isEqualTo("usageReportOverdue");
		assertThat(noticesOf(this.postalOfficer)).as("the Post and Communications section is told")
			.anySatisfy((notice) -> {
				assertThat(notice.getKind()).isEqualTo("usageReportOverdue");
				assertThat(notice.title().en()).contains(licence.getLicenceNumber());
			});
		assertThat(noticesOf(this.technologyOfficer)).extracting(Notice::getKind)
			.as("another section's officer is not")
			.doesNotContain("usageReportOverdue");
		assertThat(auditActions(licence)).contains("usageReport.due", "usageReport.submitted", "usageReport.overdue");

		UsageReport late = this.reports.submit(holder, licence.getLicenceNumber(), second.getId(),
				new UsageReportDraft(920L, false, "Now also used for SMS balance alerts"));
		assertThat(late.getStatus()).isEqualTo(UsageReportStatus.SUBMITTED);
		assertThat(late.isLate()).isTrue();
	}

	@Test
	void onlyTheHolderSubmitsOnceWithFiguresThatAreWholeAndComplete() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		ProcessInstance instance = reportingProcess(licence);
		EngineTime.setClock(LocalDateTime.of(2027, 4, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		UsageReport due = onlyReport(holder, licence);
		Actor otherCompany = this.fixtures.newApplicant("VTE");

		assertThatThrownBy(() -> this.reports.submit(otherCompany, licence.getLicenceNumber(), due.getId(),
				new UsageReportDraft(1L, true, null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.reports.submit(this.postalOfficer, licence.getLicenceNumber(), due.getId(),
				new UsageReportDraft(1L, true, null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.reports.reportsOf(otherCompany, licence.getLicenceNumber()))
			.as("another company does not see them")
			.isInstanceOf(la.anuyat.shared.NotFoundException.class);
		assertThat(this.reports.reportsOf(this.postalOfficer, licence.getLicenceNumber())).hasSize(1);
		assertThatThrownBy(() -> this.reports.submit(holder, licence.getLicenceNumber(), due.getId(),
				new UsageReportDraft(-5L, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).extracting((error) -> error.field())
						.containsExactly("callsReceived", "purposeUnchanged"));

		this.reports.submit(holder, licence.getLicenceNumber(), due.getId(), new UsageReportDraft(0L, true, null));
		assertThatThrownBy(() -> this.reports.submit(holder, licence.getLicenceNumber(), due.getId(),
				new UsageReportDraft(10L, true, null)))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("usageReport.alreadySubmitted"));
		assertThat(onlyReport(holder, licence).getCallsReceived()).isZero();
	}

	@Test
	void reportsRunOverTheWholeValidityIncludingTheLastQuarterAsTheLicenceExpires() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		assertThat(licence.getValidUntil()).isEqualTo(LocalDate.of(2028, 1, 10));
		ProcessInstance instance = reportingProcess(licence);
		ProcessInstance expiry = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.processDefinitionKey("licence-expiry")
			.singleResult();

		for (LocalDate end : List.of(LocalDate.of(2027, 4, 10), LocalDate.of(2027, 7, 10), LocalDate.of(2027, 10, 10),
				LocalDate.of(2028, 1, 10))) {
			EngineTime.setClock(end.plusDays(1).atTime(0, 1));
			// the licence expires at the same moment the last quarter ends: whichever
			// runs
			// first, the last quarter is owed
			EngineTime.runDueTimersIn(this.engine, expiry.getId());
			EngineTime.runDueTimersIn(this.engine, instance.getId());
		}
		assertThat(this.licences.licence(licence.getLicenceNumber()).orElseThrow().getStatus())
			.isEqualTo(LicenceStatus.EXPIRED);
		assertThat(reportsOf(holder, licence)).extracting(UsageReport::getPeriodEnd)
			.containsExactly(LocalDate.of(2028, 1, 10), LocalDate.of(2027, 10, 10), LocalDate.of(2027, 7, 10),
					LocalDate.of(2027, 4, 10));
		BpmnAwareTests.assertThat(instance)
			.hasPassed("endEvent_reportingEnded")
			.isWaitingAt("timerEvent_dueDatePassed");
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber())).isEmpty();

		EngineTime.setClock(LocalDateTime.of(2028, 2, 10, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_reportFollowedUp");
		assertThat(reportsOf(holder, licence)).extracting(UsageReport::getStatus)
			.containsOnly(UsageReportStatus.OVERDUE);
	}

	@Test
	void theLoopStopsWhenTheLicenceIsCancelled() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		ProcessInstance instance = reportingProcess(licence);
		LicenceMeasure cancellation = this.lifecycle.requestCancellation(holder, licence.getLicenceNumber(),
				"The hotline moves to another number");
		completeCase(this.postalOfficer, cancellation.getCaseNumber(), "userTask_confirmCancellation", "confirm", null);
		assertThat(this.licences.licence(licence.getLicenceNumber()).orElseThrow().getStatus())
			.isEqualTo(LicenceStatus.CANCELLED);

		EngineTime.setClock(LocalDateTime.of(2027, 4, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());

		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_licenceEnded");
		assertThat(reportsOf(holder, licence)).isEmpty();
	}

	@Test
	void aLicenceTypeWithoutReportsEndsItsProcessAtOnce() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "ICT-SOFT");

		HistoricProcessInstance ended = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(UsageReporting.PROCESS)
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.singleResult();
		assertThat(ended).as("one process per licence").isNotNull();
		assertThat(ended.getEndActivityId()).isEqualTo("endEvent_noReportsOwed");
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber())).isEmpty();
	}

	@Test
	void theHoldersChoiceOfSixMonthsOnTheFormGivesHalfYearlyPeriods() {
		Map<String, Object> halfYearly = this.engine.getDecisionService()
			.evaluateDecisionTableByKey("usageReportSchedule",
					Variables.createVariables()
						.putValue("licenceType", "NUM")
						.putValue("usageReporting", "half-yearly"))
			.getSingleResult()
			.getEntryMap();
		Map<String, Object> unstated = this.engine.getDecisionService()
			.evaluateDecisionTableByKey("usageReportSchedule",
					Variables.createVariables().putValue("licenceType", "NUM").putValue("usageReporting", null))
			.getSingleResult()
			.getEntryMap();

		assertThat(halfYearly).containsEntry("periodMonths", 6).containsEntry("graceDays", 30);
		assertThat(unstated).containsEntry("periodMonths", 3).containsEntry("graceDays", 30);
	}

	@Test
	void aRenewalBeforeTheEndCarriesTheSameProcessOnBeyondTheOldLastDay() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		ProcessInstance instance = reportingProcess(licence);
		for (LocalDate end : List.of(LocalDate.of(2027, 4, 10), LocalDate.of(2027, 7, 10),
				LocalDate.of(2027, 10, 10))) {
			EngineTime.setClock(end.plusDays(1).atTime(0, 1));
			EngineTime.runDueTimersIn(this.engine, instance.getId());
		}

		EngineTime.setClock(LocalDateTime.of(2027, 12, 1, 9, 0));
		renew(holder, licence);
		assertThat(this.licences.licence(licence.getLicenceNumber()).orElseThrow().getValidUntil())
			.isEqualTo(LocalDate.of(2029, 1, 10));
		assertThat(runningProcesses(licence)).as("the same process carries on").hasSize(1);

		EngineTime.setClock(LocalDateTime.of(2028, 1, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		assertThat(reportsOf(holder, licence).get(0).period())
			.isEqualTo(new ReportingPeriod(LocalDate.of(2027, 10, 11), LocalDate.of(2028, 1, 10)));
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber()))
			.as("the renewed validity gives the next quarter")
			.contains(new ReportingPeriod(LocalDate.of(2028, 1, 11), LocalDate.of(2028, 4, 10)));
	}

	@Test
	void aRenewalAfterExpiryTakesThePeriodsUpFromTheLastReport() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issued(holder, "NUM");
		ProcessInstance first = reportingProcess(licence);
		for (LocalDate end : List.of(LocalDate.of(2027, 4, 10), LocalDate.of(2027, 7, 10), LocalDate.of(2027, 10, 10),
				LocalDate.of(2028, 1, 10))) {
			EngineTime.setClock(end.plusDays(1).atTime(0, 1));
			EngineTime.runDueTimersIn(this.engine, expiryProcess(licence).getId());
			EngineTime.runDueTimersIn(this.engine, first.getId());
		}
		assertThat(this.licences.licence(licence.getLicenceNumber()).orElseThrow().getStatus())
			.isEqualTo(LicenceStatus.EXPIRED);
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber())).isEmpty();

		// within the special number's 15 days of grace (licence-renewal-window.dmn)
		EngineTime.setClock(LocalDateTime.of(2028, 1, 20, 9, 0));
		renew(holder, licence);

		assertThat(runningProcesses(licence)).as("the first still follows up its last report; a second plans")
			.hasSize(2);
		assertThat(this.reporting.currentPeriod(licence.getLicenceNumber()))
			.contains(new ReportingPeriod(LocalDate.of(2028, 1, 11), LocalDate.of(2028, 4, 10)));
		EngineTime.setClock(LocalDateTime.of(2028, 2, 10, 0, 1));
		EngineTime.runDueTimersIn(this.engine, first.getId());
		BpmnAwareTests.assertThat(first).isEnded();
		ProcessInstance second = reportingProcess(licence);
		EngineTime.setClock(LocalDateTime.of(2028, 4, 11, 0, 1));
		EngineTime.runDueTimersIn(this.engine, second.getId());
		assertThat(reportsOf(holder, licence)).extracting(UsageReport::getPeriodStart)
			.containsExactly(LocalDate.of(2028, 1, 11), LocalDate.of(2027, 10, 11), LocalDate.of(2027, 7, 11),
					LocalDate.of(2027, 4, 11), LocalDate.of(2027, 1, 11));
	}

	private void renew(Actor holder, Licence licence) {
		Licence renewable = this.changes.renewable(holder, licence.getLicenceNumber());
		CaseFile latest = this.changes.latestApplicationOf(renewable);
		CaseFile draft = this.applications.draftAbout(holder, renewable, latest.getProvinceCode(), latest.getFormData(),
				ApplicationKind.RENEWAL);
		for (RequiredDocument required : this.forms.formFor(renewable.getLicenceTypeCode())
			.requiredDocumentsFor(ApplicationKind.RENEWAL.decisionValue())) {
			this.documents.store(holder, draft.getId(), required.type(), required.type() + ".png", png());
		}
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		completeCase(this.postalOfficer, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		completeCase(this.postalOfficer, submitted.getCaseNumber(), STUDY, "recommend-approve", "In order.");
		completeCase(this.leader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
		this.fixtures.payFee(holder, submitted);
	}

	private List<ProcessInstance> runningProcesses(Licence licence) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.processDefinitionKey(UsageReporting.PROCESS)
			.list();
	}

	private ProcessInstance expiryProcess(Licence licence) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.processDefinitionKey("licence-expiry")
			.singleResult();
	}

	private static byte[] png() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Licence issued(Actor holder, String licenceType) {
		CaseFile draft = this.fixtures.draft(holder, licenceType, "VTE");
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		Actor officer = "NUM".equals(licenceType) ? this.postalOfficer : this.technologyOfficer;
		completeCase(officer, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		completeCase(officer, submitted.getCaseNumber(), STUDY, "recommend-approve", "In order.");
		completeCase(this.leader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
		this.fixtures.payFee(holder, submitted);
		String number = this.fixtures.licenceIssuedBy(this.caseFiles.caseById(submitted.getId()));
		return this.licences.licence(number).orElseThrow();
	}

	private void completeCase(Actor actor, String caseNumber, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseNumber)
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + taskKey + " of " + caseNumber + " for "
					+ actor.username() + " (has " + this.workflow.tasksOfCase(actor, caseNumber) + ")"));
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	private ProcessInstance reportingProcess(Licence licence) {
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.processDefinitionKey(UsageReporting.PROCESS)
			.singleResult();
		assertThat(instance).as("the usage-reporting process started with the licence").isNotNull();
		return instance;
	}

	private List<UsageReport> reportsOf(Actor holder, Licence licence) {
		return this.reports.reportsOf(holder, licence.getLicenceNumber());
	}

	private UsageReport onlyReport(Actor holder, Licence licence) {
		List<UsageReport> all = reportsOf(holder, licence);
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private List<String> auditActions(Licence licence) {
		return this.auditTrail.entriesFor("licence", licence.getLicenceNumber())
			.stream()
			.map(AuditEntry::getAction)
			.toList();
	}

	private List<String> noticeKinds(Actor actor) {
		return noticesOf(actor).stream().map(Notice::getKind).toList();
	}

	private List<Notice> noticesOf(Actor actor) {
		return this.notifications.noticesOf(actor, 50);
	}

	private List<OutboxMail> mailsTo(Actor applicant) {
		String address = applicant.username() + "@company.example.la";
		return this.notifications.outbox().stream().filter((mail) -> mail.getRecipient().equals(address)).toList();
	}

}

package la.anuyat.licence.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.EngineTime;
import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.Measure;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The licence after its issue, on the real domain services and the engine, moving the
 * clock: measures through licence-sanction (response period, urgency, review, the timer
 * that lifts a suspension), the holder's cancellation, and licence-expiry's reminders,
 * expiry and renewal message. The domain reads the engine's clock, so both move together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class LicenceLifecycleProcessTest {

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	private static final String CONFIRM = "userTask_confirmCancellation";

	private static final LocalDateTime START = LocalDateTime.of(2027, 1, 11, 9, 0);

	@Autowired
	private LicenceLifecycleWorkflow lifecycle;

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

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

	private Actor officer;

	private Actor leader;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		EngineTime.setClock(START);
		this.officer = this.fixtures.staff("life.officer.vte", Role.SECTION_OFFICER, "VTE", "TECH");
		this.leader = this.fixtures.staff("life.leader.vte", Role.LEADERSHIP, "VTE", null);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void suspendsAfterTheHoldersResponseAndApprovalThenTheTimerLiftsTheSuspension() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		LocalDate until = START.toLocalDate().plusDays(60);

		LicenceMeasure measure = this.lifecycle.proposeSanction(this.officer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.SUSPEND, until, StatusReason.BREACH_OF_CONDITIONS, "ບໍ່ມີໃບຢັ້ງຢືນອຸປະກອນ",
						"Equipment without type approval", false));
		ProcessInstance instance = sanctionProcess(measure);
		BpmnAwareTests.assertThat(instance).isWaitingAt("receiveTask_awaitResponse");
		// the period from sanction-response-days.dmn: 15 days for a suspension
		assertThat(this.lifecycle
			.respond(holder, licence.getLicenceNumber(), measure.getCaseNumber(),
					"The equipment is being tested; the report follows next week.")
			.getRespondBy()).isEqualTo(START.toLocalDate().plusDays(15));
		assertThat(noticeKinds(holder)).contains("measureProposed");
		assertThat(this.licences.verify(licence.getLicenceNumber())).as("nothing happens before the decision")
			.isEqualTo(VerificationStatus.VALID);

		BpmnAwareTests.assertThat(instance)
			.isWaitingAt("callActivity_reviewAndDecide")
			.calledProcessInstance("review-and-decide")
			.isWaitingAt(STUDY);
		CaseFile sanctionCase = this.caseFiles.caseById(measure.getCaseId());
		assertThat(sanctionCase.getCaseNumber()).startsWith("SUS-VTE-");
		assertThat(sanctionCase.getStatus()).isEqualTo(CaseStatus.IN_STUDY);
		assertThat(sanctionCase.getHistory()).extracting((event) -> event.getType()).contains("case.responded");
		complete(this.officer, measure, STUDY, "recommend-approve", "Inspection report confirms it.");
		complete(this.leader, measure, DECIDE, "approve", "Suspend until the equipment is approved.");

		Licence suspended = reload(licence);
		assertThat(suspended.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(suspended.getSuspendedUntil()).isEqualTo(until);
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.SUSPENDED);
		assertThat(auditActions(licence)).contains("licence.suspended");
		assertThat(noticeKinds(holder)).contains("licenceSuspended");
		BpmnAwareTests.assertThat(instance).isWaitingAt("timerEvent_suspensionEnds");

		EngineTime.setClock(until.atTime(23, 0));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		assertThat(reload(licence).getStatus()).as("suspended up to and including its last day")
			.isEqualTo(LicenceStatus.SUSPENDED);
		EngineTime.setClock(until.plusDays(1).atTime(0, 1));
		EngineTime.runDueTimersIn(this.engine, instance.getId());

		BpmnAwareTests.assertThat(instance)
			.isEnded()
			.hasPassed("serviceTask_liftSuspension", "endEvent_suspensionLifted");
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(reload(licence).getSuspendedUntil()).isNull();
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.VALID);
		assertThat(auditActions(licence)).contains("licence.lifted");
		assertThat(noticeKinds(holder)).first().isEqualTo("licenceLifted");
	}

	@Test
	void anUrgentMeasureGoesToReviewWithoutWaitingForTheHolder() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);

		LicenceMeasure measure = this.lifecycle.proposeSanction(this.officer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.SUSPEND, START.toLocalDate().plusDays(30), null, null,
						"Interference with the air navigation band", true));

		BpmnAwareTests.assertThat(sanctionProcess(measure))
			.hasNotPassed("receiveTask_awaitResponse")
			.isWaitingAt("callActivity_reviewAndDecide");
		assertThatThrownBy(() -> this.lifecycle.respond(holder, licence.getLicenceNumber(), measure.getCaseNumber(),
				"We disagree"))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("measure.noResponseExpected"));
		assertThat(mailsTo(holder)).anySatisfy((mail) -> assertThat(mail.getBody()).contains("ຮີບດ່ວນ"));
		complete(this.officer, measure, STUDY, "recommend-approve", "Urgent.");
		complete(this.leader, measure, DECIDE, "approve", "Approved.");
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.SUSPENDED);
	}

	@Test
	void revokesWhenTheResponsePeriodEndsWithoutAResponseAndTheLeadershipApproves() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		LicenceMeasure measure = this.lifecycle.proposeSanction(this.officer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.REVOKE, null, StatusReason.FALSE_INFORMATION, "ເອກະສານປອມ", null, false));
		ProcessInstance instance = sanctionProcess(measure);
		assertThat(measure.getCaseNumber()).startsWith("REV-VTE-");

		// revocation: 30 days to respond; on the 30th day the wait goes on
		EngineTime.setClock(START.plusDays(30));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		BpmnAwareTests.assertThat(instance).isWaitingAt("receiveTask_awaitResponse");
		EngineTime.setClock(START.plusDays(31));
		EngineTime.runDueTimersIn(this.engine, instance.getId());
		BpmnAwareTests.assertThat(instance).hasPassed("boundaryEvent_responsePeriodOver");
		complete(this.officer, measure, STUDY, "recommend-approve", "Forged registration.");
		complete(this.leader, measure, DECIDE, "approve", "Revoked.");

		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_measureTaken");
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.REVOKED);
		assertThat(reload(licence).getStatusReasonCategory()).isEqualTo(StatusReason.FALSE_INFORMATION);
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.REVOKED);
		assertThat(auditActions(licence)).contains("licence.revoked");
		// final: no further measure
		assertThatThrownBy(() -> this.lifecycle.proposeSanction(this.officer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.SUSPEND, START.toLocalDate().plusDays(60), null, "x", null, false)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aRejectedMeasureLeavesTheLicenceAsItWas() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		LicenceMeasure measure = this.lifecycle.proposeSanction(this.officer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.REVOKE, null, null, "x", null, true));
		complete(this.officer, measure, STUDY, "recommend-reject", "Not proven.");
		complete(this.leader, measure, DECIDE, "reject", "Not proven.");

		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(noticeKinds(holder)).first().isEqualTo("measureDropped");
		assertThat(noticeKinds(holder)).doesNotContain("applicationRejected");
	}

	@Test
	void refusesAMeasureByAnOfficerOfAnotherSection() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		Actor postalOfficer = this.fixtures.staff("life.postal.vte", Role.SECTION_OFFICER, "VTE", "POST");

		assertThatThrownBy(() -> this.lifecycle.proposeSanction(postalOfficer, licence.getLicenceNumber(),
				new SanctionDraft(Measure.REVOKE, null, null, "x", null, false)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.lifecycle.proposeSanction(this.leader, licence.getLicenceNumber(),
				new SanctionDraft(Measure.REVOKE, null, null, "x", null, false)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void cancelsAtTheHoldersRequestOnceASectionOfficerConfirms() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);

		LicenceMeasure measure = this.lifecycle.requestCancellation(holder, licence.getLicenceNumber(),
				"We closed the shop");
		ProcessInstance instance = sanctionProcess(measure);
		BpmnAwareTests.assertThat(instance).isWaitingAt(CONFIRM);
		assertThat(measure.getCaseNumber()).startsWith("CAN-VTE-");
		assertThat(this.workflow.tasksOfCase(this.officer, measure.getCaseNumber())).singleElement()
			.satisfies((task) -> assertThat(task.due()).as("from task-due-dates.dmn").isEqualTo(START.plusDays(5)));
		complete(this.officer, measure, CONFIRM, "confirm", null);

		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("serviceTask_applyMeasure", "endEvent_measureTaken");
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.CANCELLED);
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.CANCELLED);
		assertThat(this.caseFiles.caseById(measure.getCaseId()).getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(auditActions(licence)).contains("licence.cancellationRequested", "licence.cancelled");
		assertThat(this.auditTrail.entriesFor("licence", licence.getLicenceNumber()))
			.filteredOn((entry) -> entry.getAction().equals("licence.cancelled"))
			.extracting(AuditEntry::getActor)
			.containsExactly(this.officer.username());
		assertThat(noticeKinds(holder)).first().isEqualTo("licenceCancelled");
	}

	@Test
	void remindsTheHolderNinetyThirtyAndSevenDaysBeforeTheEndThenExpiresTheLicence() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		ProcessInstance expiry = expiryProcess(licence);
		LocalDate lastDay = licence.getValidUntil();
		BpmnAwareTests.assertThat(expiry).isWaitingAt("timerEvent_reminderDue");

		EngineTime.setClock(lastDay.minusDays(91).atTime(12, 0));
		EngineTime.runDueTimersIn(this.engine, expiry.getId());
		assertThat(noticeKinds(holder)).doesNotContain("licenceExpiring");
		for (int days : new int[] { 90, 30, 7 }) {
			EngineTime.setClock(lastDay.minusDays(days).atTime(0, 5));
			EngineTime.runDueTimersIn(this.engine, expiry.getId());
			assertThat(mailsTo(holder)).as("the reminder %d days before", days)
				.anySatisfy((mail) -> assertThat(mail.getSubject()).contains("ຈະໝົດອາຍຸໃນ " + days + " ວັນ"));
		}
		assertThat(noticeKinds(holder)).filteredOn("licenceExpiring"::equals).hasSize(3);
		EngineTime.setClock(lastDay.atTime(23, 59));
		EngineTime.runDueTimersIn(this.engine, expiry.getId());
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		BpmnAwareTests.assertThat(expiry).isWaitingAt("timerEvent_endOfValidity");

		EngineTime.setClock(lastDay.plusDays(1).atTime(0, 1));
		EngineTime.runDueTimersIn(this.engine, expiry.getId());
		BpmnAwareTests.assertThat(expiry).isEnded().hasPassed("serviceTask_expireLicence", "endEvent_licenceExpired");
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.EXPIRED);
		assertThat(auditActions(licence)).contains("licence.expiryReminded", "licence.expired");
		assertThat(noticeKinds(holder)).first().isEqualTo("licenceExpired");
	}

	@Test
	void theRenewalMessageEndsTheExpiryProcessWithoutExpiringTheLicence() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		ProcessInstance expiry = expiryProcess(licence);

		assertThat(this.lifecycle.licenceRenewed(licence.getLicenceNumber())).isTrue();

		BpmnAwareTests.assertThat(expiry)
			.isEnded()
			.hasPassed("endEvent_licenceRenewed")
			.hasNotPassed("serviceTask_expireLicence");
		EngineTime.setClock(licence.getValidUntil().plusDays(2).atStartOfDay());
		assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(expiry.getId()).count())
			.isZero();
		assertThat(reload(licence).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(auditActions(licence)).doesNotContain("licence.expired");
		assertThat(this.lifecycle.licenceRenewed(licence.getLicenceNumber())).as("nothing waits any more").isFalse();
	}

	private Licence issuedLicence(Actor holder) {
		CaseFile draft = this.fixtures.draft(holder, "ICT-SOFT", "VTE");
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		completeCase(this.officer, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		completeCase(this.officer, submitted.getCaseNumber(), STUDY, "recommend-approve", "In order.");
		completeCase(this.leader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
		this.fixtures.payFee(holder, submitted);
		String number = this.fixtures.licenceIssuedBy(this.caseFiles.caseById(submitted.getId()));
		return this.licences.licence(number).orElseThrow();
	}

	private void complete(Actor actor, LicenceMeasure measure, String taskKey, String outcome, String comment) {
		completeCase(actor, measure.getCaseNumber(), taskKey, outcome, comment);
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

	private ProcessInstance sanctionProcess(LicenceMeasure measure) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(measure.getCaseNumber())
			.processDefinitionKey("licence-sanction")
			.singleResult();
	}

	private ProcessInstance expiryProcess(Licence licence) {
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.processDefinitionKey("licence-expiry")
			.singleResult();
		assertThat(instance).as("the expiry process started with the licence").isNotNull();
		return instance;
	}

	private Licence reload(Licence licence) {
		return this.licences.licence(licence.getLicenceNumber()).orElseThrow();
	}

	private List<String> auditActions(Licence licence) {
		return this.auditTrail.entriesFor("licence", licence.getLicenceNumber())
			.stream()
			.map(AuditEntry::getAction)
			.toList();
	}

	private List<String> noticeKinds(Actor applicant) {
		return this.notifications.noticesOf(applicant, 50).stream().map(Notice::getKind).toList();
	}

	private List<OutboxMail> mailsTo(Actor applicant) {
		String address = applicant.username() + "@company.example.la";
		return this.notifications.outbox().stream().filter((mail) -> mail.getRecipient().equals(address)).toList();
	}

}

package la.anuyat.complaint.process;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import la.anuyat.EngineTime;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.inspection.InspectionRiskFacts;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.complaint.ComplaintChannel;
import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.MediationMinutes;
import la.anuyat.complaint.MediationOutcome;
import la.anuyat.complaint.MediationSchedule;
import la.anuyat.complaint.MediationSide;
import la.anuyat.complaint.ComplaintRules;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.ComplaintStage;
import la.anuyat.complaint.ComplaintUpheld;
import la.anuyat.complaint.PublicComplaint;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.notification.NotificationService;
import la.anuyat.shared.ConflictException;
import la.anuyat.licence.internal.signing.SignedPdfVerifier;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * complaint.bpmn on the real domain services and the engine, moving the clock: triage,
 * the operator's response (and its escalation and lapse), assessment, the shared
 * review-and-decide, the decision, rating and reopening within the window of
 * complaint-categories.dmn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@RecordApplicationEvents
class ComplaintProcessTest {

	private static final String TRIAGE = "userTask_triageComplaint";

	private static final String RESPOND = "userTask_respondToComplaint";

	private static final String ASSESS = "userTask_assessComplaint";

	private static final String SCHEDULE = "userTask_scheduleMediation";

	private static final String RECORD_MEDIATION = "userTask_recordMediation";

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);

	@Autowired
	private ComplaintWorkflow complaintWorkflow;

	@Autowired
	private ComplaintService complaints;

	@Autowired
	private ComplaintRules rules;

	@Autowired
	private ComplaintMediations mediations;

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
	private Enforcements enforcements;

	@Autowired
	private InspectionRiskFacts riskFacts;

	@Autowired
	private ApplicationEvents events;

	private Actor officer;

	private Actor leader;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		EngineTime.setClock(START);
		this.officer = this.fixtures.staff("cmp.officer.vte", Role.SECTION_OFFICER, "VTE", "POST");
		this.leader = this.fixtures.staff("cmp.leader.vte", Role.LEADERSHIP, "VTE", null);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void takesAComplaintFromTriageThroughTheOperatorsResponseToAnUpheldDecisionThenRatingReopeningAndClosing() {
		Actor operator = this.fixtures.newApplicant("VTE");
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator.companyId(), false, "noy.process@example.la"));
		ProcessInstance instance = process(filed);
		BpmnAwareTests.assertThat(instance).isWaitingAt(TRIAGE);
		assertThat(this.workflow.tasksOfCase(operator, filed.caseNumber())).as("triage is staff work").isEmpty();

		complete(this.officer, filed, TRIAGE, "accept", null);
		BpmnAwareTests.assertThat(instance).isWaitingAt(RESPOND);
		PublicComplaint awaiting = this.complaints.track(filed.trackingCode());
		assertThat(awaiting.stage()).isEqualTo(ComplaintStage.AWAITING_RESPONSE);
		// complaint-categories.dmn: ten days for a billing complaint
		assertThat(awaiting.responseDue()).isEqualTo(START.plusDays(10));
		WorkItem respond = only(operator, filed, RESPOND);
		assertThat(respond.due()).isEqualTo(START.plusDays(10));
		assertThat(this.complaints.againstCompanyOf(operator)).extracting(PublicComplaint::caseNumber)
			.containsExactly(filed.caseNumber());

		this.workflow.complete(operator, respond.taskId(), "respond", "We refunded the second charge.");
		BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS);
		this.complaints.proposeRemedy(caseId(filed), this.officer, "Refund and an apology");
		complete(this.officer, filed, ASSESS, "to-review", "The bill shows two charges for one package.");
		complete(this.officer, filed, STUDY, "recommend-approve", "Uphold: charged twice.");
		assertThat(this.workflow.tasksOfCase(this.officer, filed.caseNumber())).as("the decision is the leadership's")
			.isEmpty();
		complete(this.leader, filed, DECIDE, "approve", "Charged twice; the refund is due.");

		PublicComplaint upheld = this.complaints.track(filed.trackingCode());
		assertThat(upheld.stage()).isEqualTo(ComplaintStage.UPHELD);
		assertThat(upheld.reasons()).isEqualTo("Charged twice; the refund is due.");
		assertThat(upheld.remedy()).isEqualTo("Refund and an apology");
		assertThat(upheld.response()).isEqualTo("We refunded the second charge.");
		// the upheld complaint starts enforcement against the operator, by the authority
		// that decided it
		EnforcementCase enforcement = this.enforcements.ofCompany(this.officer, operator.companyId())
			.stream()
			.filter((candidate) -> filed.caseNumber().equals(candidate.getOriginReference()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no enforcement case for " + filed.caseNumber()));
		assertThat(enforcement.getOrigin()).isEqualTo(EnforcementOrigin.COMPLAINT);
		assertThat(enforcement.getCaseNumber()).startsWith("ENF-VTE-");
		assertThat(enforcement.getViolation()).contains(filed.caseNumber(), "Refund and an apology");
		assertThat(this.riskFacts.upheldComplaints(operator.companyId(), START.toLocalDate()))
			.as("the inspection plan weighs it")
			.isEqualTo(1);
		assertThat(this.events.stream(ComplaintUpheld.class))
			.anyMatch((event) -> event.caseNumber().equals(filed.caseNumber())
					&& operator.companyId().equals(event.respondentCompanyId()));
		assertThat(this.notifications.outbox())
			.filteredOn((mail) -> mail.getRecipient().equals("noy.process@example.la"))
			.extracting((mail) -> mail.getSubject())
			.as("the complainant is told every step, in the language they wrote in")
			.contains("We received your complaint (" + filed.caseNumber() + ")",
					"The operator is asked to respond (" + filed.caseNumber() + ")",
					"The operator responded (" + filed.caseNumber() + ")",
					"The decision on your complaint (" + filed.caseNumber() + ")");

		this.complaints.rate(filed.trackingCode(), 5, "Quick and fair");
		EngineTime.setClock(START.plusDays(3));
		this.complaintWorkflow.reopen(filed.trackingCode(), "The refund never arrived.");
		BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS);
		assertThat(this.complaints.track(filed.trackingCode()).stage()).isEqualTo(ComplaintStage.IN_ASSESSMENT);
		complete(this.officer, filed, ASSESS, "to-review", "The refund was made on 2 March.");
		complete(this.officer, filed, STUDY, "recommend-reject", "Refunded already.");
		complete(this.leader, filed, DECIDE, "reject", "The refund was made.");
		assertThat(this.complaints.track(filed.trackingCode()).stage()).isEqualTo(ComplaintStage.NOT_UPHELD);

		// the window of complaint-categories.dmn: thirty days after the decision
		EngineTime.setClock(START.plusDays(33).plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, filed.caseNumber());
		BpmnAwareTests.assertThat(instance).isEnded();
		assertThat(this.complaints.track(filed.trackingCode()).stage()).isEqualTo(ComplaintStage.CLOSED);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.complaintWorkflow.reopen(filed.trackingCode(), "Again"));
	}

	@Test
	void escalatesALateResponseAndAssessesWithoutOneAfterTheGraceDays() {
		Actor operator = this.fixtures.newApplicant("VTE");
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator.companyId(), false, "late@example.la"));
		ProcessInstance instance = process(filed);
		complete(this.officer, filed, TRIAGE, "accept", null);

		EngineTime.setClock(START.plusDays(10).plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, filed.caseNumber());
		BpmnAwareTests.assertThat(instance).isWaitingAt(RESPOND);
		CaseFile escalated = this.caseFiles.caseById(caseId(filed));
		assertThat(escalated.isOverdue()).isTrue();
		assertThat(escalated.getHistory()).extracting((event) -> event.getType()).contains("case.overdue");
		assertThat(this.complaints.ofCase(caseId(filed)).isResponseOverdue()).isTrue();

		// five grace days (complaint-categories.dmn), then the assessment goes on
		EngineTime.setClock(START.plusDays(15).plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, filed.caseNumber());
		BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS);
		assertThat(this.complaints.track(filed.trackingCode()).steps()).extracting((step) -> step.text().en())
			.contains("The operator did not respond in time; escalated",
					"The operator gave no response; the assessment goes on");
	}

	@Test
	void goesStraightToAssessmentWhenNoOperatorIsKnownAndTheComplainantIsAnonymous() {
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-SCAM", null, true, null));
		ProcessInstance instance = process(filed);
		// scam calls go to the Digital and Cybersecurity section
		Actor digital = this.fixtures.staff("cmp.digital.vte", Role.SECTION_OFFICER, "VTE", "DIGITAL");
		assertThat(this.workflow.tasksOfCase(this.officer, filed.caseNumber())).as("another section's work").isEmpty();
		complete(digital, filed, TRIAGE, "accept", null);
		BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS);
	}

	@Test
	void endsADismissedComplaintWithItsReasonsForTheComplainant() {
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", null, false, "dismissed@example.la"));
		ProcessInstance instance = process(filed);
		Actor otherProvince = this.fixtures.staff("cmp.officer.lpb", Role.SECTION_OFFICER, "LPB", "POST");
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.complaints.dismiss(caseId(filed), otherProvince, "Not ours"));
		complete(this.officer, filed, TRIAGE, "dismiss", "A contract dispute for the courts, not the regulator.");
		BpmnAwareTests.assertThat(instance).isEnded();
		PublicComplaint dismissed = this.complaints.track(filed.trackingCode());
		assertThat(dismissed.stage()).isEqualTo(ComplaintStage.DISMISSED);
		assertThat(dismissed.open()).isFalse();
		assertThat(dismissed.reasons()).isEqualTo("A contract dispute for the courts, not the regulator.");
	}

	@Test
	void mediatesAfterTheAssessmentWithASignedRecordThenDecidesWithTheAgreementAsRemedyAndASignedLetter()
			throws IOException {
		Actor operator = this.fixtures.newApplicant("VTE");
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator.companyId(), false, "mediation@example.la"));
		ProcessInstance instance = process(filed);
		// task-due-dates.dmn: three days for the triage, ten for the assessment
		assertThat(only(this.officer, filed, TRIAGE).due()).isEqualTo(START.plusDays(3));
		complete(this.officer, filed, TRIAGE, "accept", null);
		this.workflow.complete(operator, only(operator, filed, RESPOND).taskId(), "respond", "We see one charge only.");
		assertThat(only(this.officer, filed, ASSESS).due()).isEqualTo(START.plusDays(10));
		complete(this.officer, filed, ASSESS, "mediate", "Both sides read the bill differently; try mediation.");
		BpmnAwareTests.assertThat(instance).isWaitingAt(SCHEDULE);
		assertThat(only(this.officer, filed, SCHEDULE).due()).isEqualTo(START.plusDays(5));
		assertThat(this.complaints.track(filed.trackingCode()).stage()).isEqualTo(ComplaintStage.IN_MEDIATION);

		// out of order, or incomplete: refused, nothing stored, still at scheduling
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.complaintWorkflow.recordMediation(this.officer, filed.caseNumber(),
					new MediationMinutes(List.of("Noy"), "Met", MediationOutcome.NO_AGREEMENT, null)));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.complaintWorkflow.scheduleMediation(this.officer, filed.caseNumber(),
					new MediationSchedule(START.minusDays(1), "Room 2",
							List.of(new MediationSchedule.Invitee(MediationSide.COMPLAINANT, "Noy", null)))))
			.satisfies((refusal) -> assertThat(refusal.fieldErrors()).extracting((error) -> error.field())
				.contains("meetingAt", "participants"));
		assertThat(this.mediations.ofCase(caseId(filed))).isEmpty();
		Actor otherProvince = this.fixtures.staff("cmp.mediator.lpb", Role.SECTION_OFFICER, "LPB", "POST");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.complaintWorkflow.scheduleMediation(otherProvince, filed.caseNumber(), meeting()));

		LocalDateTime meetingAt = START.plusDays(5).withHour(10);
		this.complaintWorkflow.scheduleMediation(this.officer, filed.caseNumber(), meeting());
		BpmnAwareTests.assertThat(instance).isWaitingAt(RECORD_MEDIATION);
		PublicComplaint scheduled = this.complaints.track(filed.trackingCode());
		assertThat(scheduled.mediation().at()).isEqualTo(meetingAt);
		assertThat(scheduled.mediation().place()).isEqualTo("MTC meeting room 2, Vientiane");
		assertThat(scheduled.steps()).extracting((step) -> step.text().en())
			.contains("Mediation meeting on 06/03/2027 10:00 at MTC meeting room 2, Vientiane")
			.as("the public never reads who else takes part")
			.noneMatch((text) -> text.contains("Somchai") || text.contains("Keo"));
		assertThat(this.notifications.outbox()).extracting((mail) -> mail.getSubject())
			.contains("Mediation of your complaint (" + filed.caseNumber() + ")")
			.as("the operator is invited too")
			.anyMatch((subject) -> subject.contains("ນັດໄກ່ເກ່ຍຄຳຮ້ອງທຸກ")
					|| subject.contains("Mediation of a complaint"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.complaintWorkflow.recordMediation(this.officer, filed.caseNumber(),
					new MediationMinutes(List.of("Somebody else"), "Met", MediationOutcome.AGREED, null)))
			.satisfies((refusal) -> assertThat(refusal.fieldErrors()).extracting((error) -> error.field())
				.contains("attended", "agreement"));
		EngineTime.setClock(meetingAt.plusHours(2));
		this.complaintWorkflow.recordMediation(this.officer, filed.caseNumber(),
				new MediationMinutes(List.of("Noy", "Somchai Phommavong", "Keo Sivilay"),
						"The operator showed the usage log; the second charge was a roaming pack bought by mistake.",
						MediationOutcome.AGREED, "The operator refunds 50,000 kip within seven days"));
		BpmnAwareTests.assertThat(instance).isWaitingAt("callActivity_reviewAndDecide");

		byte[] record = this.mediations.recordPdf(this.officer, caseId(filed));
		SignedPdfVerifier.Result proof = new SignedPdfVerifier().verify(record);
		assertThat(proof.intact()).as("signed by the authority, unchanged: %s", proof.problems()).isTrue();
		try (PDDocument pdf = Loader.loadPDF(record)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Record of mediation",
					filed.caseNumber(), "roaming pack bought by mistake", "Agreement reached",
					"The operator refunds 50,000 kip within seven days", "Somchai Phommavong");
		}
		assertThat(this.mediations.ofCase(caseId(filed)).orElseThrow().getRecordDocumentId()).isNotNull();

		complete(this.officer, filed, STUDY, "recommend-approve", "Refund as agreed.");
		complete(this.leader, filed, DECIDE, "approve", "The parties agreed on the refund.");
		PublicComplaint upheld = this.complaints.track(filed.trackingCode());
		assertThat(upheld.stage()).isEqualTo(ComplaintStage.UPHELD);
		assertThat(upheld.remedy()).as("the agreement is the remedy")
			.isEqualTo("The operator refunds 50,000 kip within seven days");
		assertThat(upheld.decisionLetter()).isTrue();

		byte[] letter = this.complaints.decisionLetter(filed.trackingCode());
		assertThat(new SignedPdfVerifier().verify(letter).intact()).isTrue();
		try (PDDocument pdf = Loader.loadPDF(letter)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Decision on a complaint",
					filed.caseNumber(), "Upheld", "The operator refunds 50,000 kip within seven days",
					"The parties agreed on the refund.");
		}
		assertThat(this.complaints.decisionLetter(this.officer, caseId(filed))).isEqualTo(letter);
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.complaints.decisionLetter(otherProvince, caseId(filed)));
	}

	@Test
	void escalatesAnOverdueTriage() {
		ComplaintWorkflow.Filed filed = this.complaintWorkflow.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", null, false, "slow@example.la"));
		EngineTime.setClock(START.plusDays(3).plusMinutes(1));
		EngineTime.runDueTimersFor(this.engine, filed.caseNumber());
		BpmnAwareTests.assertThat(process(filed)).isWaitingAt(TRIAGE);
		CaseFile escalated = this.caseFiles.caseById(caseId(filed));
		assertThat(escalated.isOverdue()).isTrue();
		assertThat(escalated.getHistory()).extracting((event) -> event.getType()).contains("case.overdue");
	}

	private static MediationSchedule meeting() {
		return new MediationSchedule(START.plusDays(5).withHour(10), "MTC meeting room 2, Vientiane",
				List.of(new MediationSchedule.Invitee(MediationSide.COMPLAINANT, "Noy", null),
						new MediationSchedule.Invitee(MediationSide.OPERATOR, "Somchai Phommavong",
								"Customer care manager"),
						new MediationSchedule.Invitee(MediationSide.OFFICER, "Keo Sivilay", "Section officer")));
	}

	@Test
	void readsTheCategoriesRulesFromTheDecisionTable() {
		assertThat(this.rules.of("CMP-SCAM").anonymousAllowed()).isTrue();
		assertThat(this.rules.of("CMP-BILLING").anonymousAllowed()).isFalse();
		assertThat(this.rules.of("CMP-BILLING").responseDays()).isEqualTo(10);
		assertThat(this.rules.of("CMP-SCAM").section()).isEqualTo("DIGITAL");
		assertThat(this.rules.of("CMP-NEW-KIND").reopenDays()).as("the last rule covers a new category").isEqualTo(30);
	}

	private ComplaintIntake intake(String category, Long operator, boolean anonymous, String email) {
		return new ComplaintIntake(category, operator, "VTE", "Sisattanak", null, null, null,
				"Charged twice for the monthly data package", anonymous ? null : "Noy", email,
				anonymous ? null : "020 5555 0000", anonymous, Locale.ENGLISH, ComplaintChannel.WEB, List.of());
	}

	private long caseId(ComplaintWorkflow.Filed filed) {
		return this.caseFiles.findByCaseNumber(filed.caseNumber()).orElseThrow().getId();
	}

	private void complete(Actor actor, ComplaintWorkflow.Filed filed, String taskKey, String outcome, String comment) {
		this.workflow.complete(actor, only(actor, filed, taskKey).taskId(), outcome, comment);
	}

	private WorkItem only(Actor actor, ComplaintWorkflow.Filed filed, String taskKey) {
		return this.workflow.tasksOfCase(actor, filed.caseNumber())
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + taskKey + " of " + filed.caseNumber() + " for "
					+ actor.username() + " (has " + this.workflow.tasksOfCase(actor, filed.caseNumber()) + ")"));
	}

	private ProcessInstance process(ComplaintWorkflow.Filed filed) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(filed.caseNumber())
			.processDefinitionKey(ComplaintWorkflow.PROCESS)
			.singleResult();
	}

}

package la.anuyat.casefile.workflow;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.document.ChecklistDocument;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.document.DocumentsMissingException;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import la.anuyat.party.PartyService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.NotFoundException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every path of the licence application, driven through the workflow facade as the UI and
 * the API drive it, on the real domain services, the engine and an in-memory database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class LicenceApplicationProcessTest {

	private static final String CHECK = "userTask_checkCompleteness";

	private static final String ANSWER = "userTask_answerInformationRequest";

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private LicenceService licences;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private PartyService parties;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private CaseDocuments documents;

	@Autowired
	private PaymentService payments;

	private Actor officer;

	private Actor leader;

	private Actor deputy;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.officer = this.fixtures.officerVte();
		this.leader = this.fixtures.leaderVte();
		this.deputy = this.fixtures.deputyVte();
	}

	@Test
	void refusesToSubmitAnApplicationWithoutItsRequiredDocumentsAndNamesThem() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile draft = this.fixtures.draftWithoutDocuments(applicant, "ICT-SOFT", "VTE");
		this.fixtures.upload(applicant, draft, "enterprise-registration");
		this.fixtures.upload(applicant, draft, "other");

		assertThatThrownBy(() -> this.workflow.submit(applicant, draft.getCaseNumber()))
			.isInstanceOfSatisfying(DocumentsMissingException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("application.documentsMissing");
				assertThat(ex.missing()).extracting(ChecklistDocument::type)
					.containsExactly("tax-registration", "director-id", "business-plan");
				assertThat(ex.text().en()).contains("Tax registration certificate", "Director's ID card or passport",
						"Business plan");
				assertThat(ex.text().lo()).contains("ໃບທະບຽນອາກອນ", "ແຜນທຸລະກິດ");
			});
		CaseFile unchanged = reload(draft);
		assertThat(unchanged.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(unchanged.getProcessInstanceId()).isNull();
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(draft.getCaseNumber())
			.count()).isZero();

		this.fixtures.upload(applicant, draft, "tax-registration");
		this.fixtures.upload(applicant, draft, "director-id");
		this.fixtures.upload(applicant, draft, "business-plan");
		assertThat(this.workflow.submit(applicant, draft.getCaseNumber()).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void refusesADocumentTypeThatIsNotOnTheChecklistOfTheCaseType() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile draft = this.fixtures.draftWithoutDocuments(applicant, "ICT-SOFT", "VTE");
		assertThatThrownBy(() -> this.fixtures.upload(applicant, draft, "x".repeat(150)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.unknownType");
				assertThat(ex.text().en())
					.contains("Allowed: enterprise-registration, tax-registration, director-id, business-plan, other");
			});
		assertThat(this.documents.documentsOf(draft.getId())).isEmpty();
	}

	@Test
	void refusesACommentWithABidiOverrideAndChangesNothing() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		assertThatThrownBy(() -> this.workflow.complete(this.officer, check.taskId(), "request-info",
				"Please send the file \u202Efdp.exe"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("text.unsafe"));
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(onlyTask(this.officer, submitted, CHECK).taskId()).isEqualTo(check.taskId());
	}

	@Test
	void issuesTheLicenceWithItsCertificateWhenLeadershipApproves() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		ProcessInstance instance = processOf(submitted);
		BpmnAwareTests.assertThat(instance).isWaitingAt(CHECK);
		assertThat(submitted.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(submitted.getAuthorityCode()).isEqualTo("VTE");

		complete(this.officer, submitted, CHECK, "complete", null);
		BpmnAwareTests.assertThat(instance)
			.isWaitingAt("callActivity_reviewAndDecide")
			.calledProcessInstance("review-and-decide")
			.isWaitingAt(STUDY);
		complete(this.officer, submitted, STUDY, "recommend-approve", "All documents in order.");
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
		complete(this.leader, submitted, DECIDE, "approve", "Meets the requirements.");
		assertThat(reload(submitted).getStatus()).as("the fee comes first").isEqualTo(CaseStatus.AWAITING_PAYMENT);
		assertThat(this.fixtures.licenceIssuedBy(reload(submitted))).isNull();
		pay(applicant, submitted);

		BpmnAwareTests.assertThat(instance)
			.isEnded()
			.hasPassedInOrder("businessRuleTask_routeApplication", "serviceTask_assignAuthority", CHECK,
					"callActivity_reviewAndDecide", "callActivity_payment", "businessRuleTask_determineValidity",
					"serviceTask_issueLicence", "endEvent_licenceIssued");
		CaseFile approved = reload(submitted);
		assertThat(approved.getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(approved.getDecidedBy()).isEqualTo(this.leader.username());
		assertThat(this.fixtures.licenceIssuedBy(approved)).isNotBlank();
		assertThat(approved.getDueDate()).as("a closed case has no deadline").isNull();
		Licence licence = this.licences.licence(this.fixtures.licenceIssuedBy(approved)).orElseThrow();
		// ICT-SOFT is not an ISP type: 36 months by the validity table, the last day
		// included
		assertThat(licence.getValidUntil()).isEqualTo(licence.getIssuedOn().plusMonths(36).minusDays(1));
		assertThat(licence.getIssuedBy()).isEqualTo(this.leader.username());
		byte[] pdf = this.licences.certificatePdf(applicant, this.fixtures.licenceIssuedBy(approved));
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// in Lao, the language of an account that never chose another
		assertThat(mailsTo(applicant)).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).contains(this.fixtures.licenceIssuedBy(approved)).contains("ອອກແລ້ວ");
			assertThat(mail.getBody()).contains("ໃບອະນຸຍາດເລກທີ " + this.fixtures.licenceIssuedBy(approved))
				.contains("https://anuyat.example.la/verify/" + this.fixtures.licenceIssuedBy(approved))
				.contains("https://anuyat.example.la/my-applications/" + approved.getCaseNumber())
				.doesNotContain("Dear", "Licence " + this.fixtures.licenceIssuedBy(approved));
		});
		assertThat(this.notifications.noticesOf(applicant, 10)).extracting((notice) -> notice.getKind())
			.containsExactly("licenceIssued", "invoicePaid", "invoiceIssued", "applicationComplete");
		assertThat(this.workflow.openTasksOfCase(approved.getId())).isEmpty();
	}

	@Test
	void sendsTheReasonsToTheApplicantWhenLeadershipRejects() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		this.parties.recordPreferredLanguage(applicant.username(), Locale.ENGLISH);
		CaseFile submitted = submit(applicant, "ICT-SHOP");
		ProcessInstance instance = processOf(submitted);

		complete(this.officer, submitted, CHECK, "complete", null);
		complete(this.officer, submitted, STUDY, "recommend-reject", "The shop has no business registration.");
		complete(this.deputy, submitted, DECIDE, "reject", "No valid enterprise registration.");

		BpmnAwareTests.assertThat(instance)
			.isEnded()
			.hasPassed("endEvent_applicationRejected")
			.hasNotPassed("serviceTask_issueLicence");
		CaseFile rejected = reload(submitted);
		assertThat(rejected.getStatus()).isEqualTo(CaseStatus.REJECTED);
		assertThat(this.fixtures.licenceIssuedBy(rejected)).isNull();
		assertThat(rejected.getDueDate()).isNull();
		assertThat(mailsTo(applicant)).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Application " + rejected.getCaseNumber() + " rejected");
			assertThat(mail.getBody()).contains("Reasons: No valid enterprise registration.").doesNotContain("ເຫດຜົນ");
		});
		assertThat(this.notifications.noticesOf(applicant, 10)).first().satisfies((notice) -> {
			assertThat(notice.getKind()).isEqualTo("applicationRejected");
			assertThat(notice.text(Locale.forLanguageTag("lo"))).contains("ເຫດຜົນ: No valid enterprise registration.");
			assertThat(notice.isRead()).isFalse();
		});
	}

	@Test
	void sendsTheApplicationBackForInformationAsOftenAsTheOfficerAsks() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-CONS");
		ProcessInstance instance = processOf(submitted);

		for (int round = 1; round <= 2; round++) {
			complete(this.officer, submitted, CHECK, "request-info", "Please upload the tax certificate " + round);
			assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.INFO_REQUESTED);
			assertThat(reload(submitted).getInformationRequest())
				.isEqualTo("Please upload the tax certificate " + round);
			BpmnAwareTests.assertThat(instance)
				.isWaitingAt("callActivity_requestInformation")
				.calledProcessInstance("request-information")
				.isWaitingAt(ANSWER);
			assertThat(tasksOfCase(this.officer, submitted)).isEmpty();

			WorkItem request = onlyTask(applicant, submitted, ANSWER);
			assertThat(request.assignee()).isEqualTo(applicant.username());
			assertThat(request.outcomes()).containsExactly("resubmit");
			this.workflow.complete(applicant, request.taskId(), "resubmit", "Uploaded, round " + round);

			assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
			assertThat(reload(submitted).getInformationAnswer()).isEqualTo("Uploaded, round " + round);
			BpmnAwareTests.assertThat(instance).isWaitingAt(CHECK);
		}
		complete(this.officer, submitted, CHECK, "complete", "Complete now.");
		assertThat(mailsTo(applicant)).filteredOn((mail) -> mail.getSubject().contains("ຂໍ້ມູນເພີ່ມເຕີມ"))
			.extracting(OutboxMail::getBody)
			.anySatisfy((body) -> assertThat(body).contains("Please upload the tax certificate 1"))
			.anySatisfy((body) -> assertThat(body).contains("Please upload the tax certificate 2"));

		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.IN_STUDY);
		BpmnAwareTests.assertThat(instance)
			.isWaitingAt("callActivity_reviewAndDecide")
			.calledProcessInstance("review-and-decide")
			.isWaitingAt(STUDY);
	}

	@Test
	void showsTheInformationRequestOnlyToTheApplicantWhoWasAsked() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		Actor otherApplicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-CONS");
		complete(this.officer, submitted, CHECK, "request-info", "Which services exactly?");
		WorkItem request = onlyTask(applicant, submitted, ANSWER);

		assertThat(tasksOfCase(otherApplicant, submitted)).isEmpty();
		assertThatThrownBy(() -> this.workflow.task(otherApplicant, request.taskId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.complete(otherApplicant, request.taskId(), "resubmit", "Mine now"))
			.isInstanceOf(NotFoundException.class);
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.INFO_REQUESTED);
	}

	@Test
	void neverOffersTheDecisionToTheLeaderWhoStudiedTheCaseAndRefusesTheirClaim() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		complete(this.officer, submitted, CHECK, "complete", null);
		complete(this.leader, submitted, STUDY, "recommend-approve", "I studied it myself.");

		assertThat(tasksOfCase(this.leader, submitted)).as("not in the studier's inbox").isEmpty();
		assertThat(this.workflow.tasksOfCase(this.leader, submitted.getCaseNumber())).as("nor in the case view")
			.isEmpty();
		WorkItem decision = onlyTask(this.deputy, submitted, DECIDE);
		assertThat(this.workflow.tasksOfCase(this.deputy, submitted.getCaseNumber())).extracting(WorkItem::taskId)
			.containsExactly(decision.taskId());
		assertThatThrownBy(() -> this.workflow.task(this.leader, decision.taskId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.claim(this.leader, decision.taskId()))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("case.fourEyes");
				assertThat(ex.text().lo()).isNotBlank();
				assertThat(ex.text().en()).contains("studied");
			});
		assertThatThrownBy(() -> this.workflow.complete(this.leader, decision.taskId(), "approve", "And I approve."))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("case.fourEyes"));

		WorkItem stillOpen = this.workflow.task(this.deputy, decision.taskId());
		assertThat(stillOpen.assignee()).as("the refused leader did not keep the task").isNull();
		CaseFile unchanged = reload(submitted);
		assertThat(unchanged.getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
		assertThat(unchanged.getDecidedBy()).isNull();
		BpmnAwareTests.assertThat(processOf(submitted)).calledProcessInstance("review-and-decide").isWaitingAt(DECIDE);
		complete(this.deputy, submitted, DECIDE, "approve", "Decided by the deputy.");
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);
	}

	@Test
	void letsTheHolderReleaseATaskAndNobodyElse() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		Actor colleague = this.fixtures.secondOfficerVte();
		this.workflow.claim(this.officer, check.taskId());

		assertThatThrownBy(() -> this.workflow.unclaim(colleague, check.taskId()))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("task.notYours"));
		assertThatThrownBy(() -> this.workflow.unclaim(this.fixtures.officerLpb(), check.taskId()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.workflow.task(colleague, check.taskId()).assignee()).isEqualTo(this.officer.username());

		this.workflow.unclaim(this.officer, check.taskId());

		assertThat(this.workflow.task(colleague, check.taskId()).assignee()).isNull();
		assertThat(auditActions(submitted)).contains("task.claimed", "task.released");
		complete(colleague, submitted, CHECK, "complete", null);
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.IN_STUDY);
	}

	@Test
	void offersATaskToTheSectionOfItsLicenceTypeOnlyAndLetsNoOtherSectionTakeIt() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		Actor ictOfficer = this.fixtures.officerVteOfSection("officer.tech.vte", "TECH");
		Actor postalOfficer = this.fixtures.officerVteOfSection("officer.post.vte", "POST");

		WorkItem check = onlyTask(ictOfficer, submitted, CHECK);
		assertThat(this.workflow.tasksOfCase(postalOfficer, submitted.getCaseNumber()))
			.as("an ICT licence is Technology and Innovation's work, not Post and Communications'")
			.isEmpty();
		assertThat(this.workflow.tasksFor(postalOfficer)).extracting(WorkItem::caseNumber)
			.doesNotContain(submitted.getCaseNumber());
		assertThatThrownBy(() -> this.workflow.claim(postalOfficer, check.taskId()))
			.isInstanceOf(NotFoundException.class);
		assertThat(onlyTask(this.officer, submitted, CHECK).taskId())
			.as("an officer of no particular section works for every section")
			.isEqualTo(check.taskId());
		assertThatThrownBy(() -> this.workflow.assign(this.leader, check.taskId(), postalOfficer.username()))
			.as("leadership hands the task to the section whose work it is")
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("task.assigneeNotEligible"));
		assertThat(this.workflow.assignableColleagues(this.leader, check.taskId())).extracting(Colleague::username)
			.contains(ictOfficer.username(), this.officer.username())
			.doesNotContain(postalOfficer.username());

		complete(ictOfficer, submitted, CHECK, "complete", null);
		assertThat(this.workflow.tasksOfCase(postalOfficer, submitted.getCaseNumber()))
			.as("the study of the review goes to the same section")
			.isEmpty();
		assertThat(onlyTask(ictOfficer, submitted, STUDY)).isNotNull();
	}

	@Test
	void letsLeadershipOfTheAuthorityReassignATaskToAColleagueWhoseRoleDoesIt() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		Actor colleague = this.fixtures.secondOfficerVte();
		this.workflow.claim(this.officer, check.taskId());

		assertThatThrownBy(() -> this.workflow.assign(colleague, check.taskId(), colleague.username()))
			.as("section officers do not reassign")
			.isInstanceOfSatisfying(la.anuyat.shared.ForbiddenException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("task.assignForbidden"));
		assertThatThrownBy(() -> this.workflow.assign(this.fixtures.leaderLpb(), check.taskId(), colleague.username()))
			.as("another authority's leadership does not see the task")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.workflow.assign(this.leader, check.taskId(), this.fixtures.officerLpb().username()))
			.as("not to another authority's officer")
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("task.assigneeNotEligible"));
		assertThatThrownBy(() -> this.workflow.assign(this.leader, check.taskId(), this.deputy.username()))
			.as("completeness is section work")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.workflow.assign(this.leader, check.taskId(), "nobody.at.all"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.workflow.assignableColleagues(this.leader, check.taskId())).extracting(Colleague::username)
			.contains(this.officer.username(), colleague.username())
			.doesNotContain(this.leader.username(), this.deputy.username(), "officer.lpb");
		assertThat(this.workflow.assignableColleagues(colleague, check.taskId())).isEmpty();

		this.workflow.assign(this.leader, check.taskId(), colleague.username());

		WorkItem reassigned = this.workflow.task(colleague, check.taskId());
		assertThat(reassigned.assignee()).isEqualTo(colleague.username());
		assertThat(auditActions(submitted)).contains("task.assigned");
		complete(colleague, submitted, CHECK, "complete", null);
		complete(this.leader, submitted, STUDY, "recommend-approve", "Studied by the head.");
		WorkItem decision = onlyTask(this.deputy, submitted, DECIDE);

		assertThat(this.workflow.assignableColleagues(this.deputy, decision.taskId())).extracting(Colleague::username)
			.contains(this.deputy.username())
			.doesNotContain(this.leader.username(), this.officer.username());
		assertThatThrownBy(() -> this.workflow.assign(this.deputy, decision.taskId(), this.leader.username()))
			.as("never the decision to its studier")
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("case.fourEyes"));
		this.workflow.claim(this.deputy, decision.taskId());
		this.workflow.assign(this.deputy, decision.taskId(), this.deputy.username());
		assertThat(this.workflow.task(this.deputy, decision.taskId()).assigneeName()).isNotNull();
	}

	@Test
	void givesTheAnsweredInformationRequestBackToTheOfficerWhoAsked() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		Actor asker = this.fixtures.secondOfficerVte();
		CaseFile submitted = submit(applicant, "ICT-CONS");
		complete(asker, submitted, CHECK, "request-info", "Which services exactly?");
		WorkItem request = onlyTask(applicant, submitted, ANSWER);
		this.workflow.complete(applicant, request.taskId(), "resubmit", "Software development only.");

		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		assertThat(check.assignee()).as("back with the officer who asked").isEqualTo(asker.username());
		assertThatThrownBy(() -> this.workflow.complete(this.officer, check.taskId(), "complete", null))
			.isInstanceOf(ConflictException.class);
		assertThat(auditActions(submitted)).contains("task.returnedToAsker");
		complete(asker, submitted, CHECK, "complete", null);
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.IN_STUDY);
	}

	@Test
	void answersATaskCompletedByAColleagueMeanwhileAsGoneNotAsAnError() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem stale = onlyTask(this.officer, submitted, CHECK);
		complete(this.fixtures.secondOfficerVte(), submitted, CHECK, "complete", null);

		assertThatThrownBy(() -> this.workflow.task(this.officer, stale.taskId()))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.code()).isEqualTo("task.notFound"));
		assertThatThrownBy(() -> this.workflow.complete(this.officer, stale.taskId(), "complete", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.claim(this.officer, stale.taskId()))
			.isInstanceOf(NotFoundException.class);
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.IN_STUDY);
	}

	@Test
	void pagesTheInboxWithItsTotalAndFiltersItByCaseNumberTaskAndDueDate() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile first = submit(applicant, "ICT-SOFT");
		CaseFile second = submit(applicant, "ICT-SOFT");
		complete(this.officer, second, CHECK, "complete", null);

		TaskPage all = this.workflow.tasksFor(this.officer, TaskFilter.ALL, 0, 1);
		assertThat(all.items()).hasSize(1);
		assertThat(all.total()).isEqualTo(this.workflow.tasksFor(this.officer).size())
			.isEqualTo(this.workflow.taskCount(this.officer, TaskFilter.ALL))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.workflow.tasksFor(this.officer, TaskFilter.ALL, (int) all.total(), 10).items()).isEmpty();

		TaskPage ofFirst = this.workflow.tasksFor(this.officer,
				new TaskFilter(null, first.getCaseNumber().toLowerCase(), false), 0, 10);
		assertThat(ofFirst.total()).isEqualTo(1);
		WorkItem check = ofFirst.items().get(0);
		assertThat(check.taskKey()).isEqualTo(CHECK);
		assertThat(check.companyName().lo()).startsWith("ບໍລິສັດ ທົດລອງ");
		assertThat(check.companyName().en()).startsWith("Test Company");
		assertThat(check.authorityName().en()).contains("Vientiane");
		assertThat(check.assigneeName()).isNull();

		TaskPage studies = this.workflow.tasksFor(this.officer, new TaskFilter(STUDY, second.getCaseNumber(), false), 0,
				10);
		assertThat(studies.items()).extracting(WorkItem::caseNumber).containsExactly(second.getCaseNumber());
		assertThat(
				this.workflow.tasksFor(this.officer, new TaskFilter(null, first.getCaseNumber(), true), 0, 10).total())
			.as("not overdue")
			.isZero();
	}

	@Test
	void letsOneLeaderStudyAndAnotherDecide() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-DIST");
		ProcessInstance instance = processOf(submitted);
		complete(this.officer, submitted, CHECK, "complete", null);
		complete(this.leader, submitted, STUDY, "recommend-approve", "Studied by the head.");
		complete(this.deputy, submitted, DECIDE, "approve", "Decided by the deputy.");
		pay(applicant, submitted);

		CaseFile approved = reload(submitted);
		assertThat(approved.getStudiedBy()).isEqualTo(this.leader.username());
		assertThat(approved.getDecidedBy()).isEqualTo(this.deputy.username());
		assertThat(approved.getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(this.fixtures.licenceIssuedBy(approved)).isNotBlank();
		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_licenceIssued");
	}

	@Test
	void givesEveryTaskTheDueDateOfTheDecisionTableOnTheTaskAndOnTheCase() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		LocalDateTime before = LocalDateTime.now();
		CaseFile submitted = submit(applicant, "ICT-INST");
		assertDueInDays(onlyTask(this.officer, submitted, CHECK), submitted, 3, before);

		before = LocalDateTime.now();
		complete(this.officer, submitted, CHECK, "request-info", "Director's ID, please.");
		assertDueInDays(onlyTask(applicant, submitted, ANSWER), submitted, 14, before);

		this.workflow.complete(applicant, onlyTask(applicant, submitted, ANSWER).taskId(), "resubmit", "Attached.");
		before = LocalDateTime.now();
		complete(this.officer, submitted, CHECK, "complete", null);
		assertDueInDays(onlyTask(this.officer, submitted, STUDY), submitted, 7, before);

		before = LocalDateTime.now();
		complete(this.officer, submitted, STUDY, "recommend-approve", "Fine.");
		WorkItem decision = onlyTask(this.leader, submitted, DECIDE);
		assertDueInDays(decision, submitted, 5, before);
		assertThat(decision.overdue()).isFalse();
	}

	@Test
	void routesNationalIspLicencesToTheMinistry() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-ISP1");

		assertThat(submitted.getAuthorityCode()).isEqualTo("MTC");
		assertThat(tasksOfCase(this.officer, submitted)).as("the province does not see ministry work").isEmpty();
		WorkItem check = onlyTask(this.fixtures.officerMtc(), submitted, CHECK);
		assertThat(check.authorityCode()).isEqualTo("MTC");
		assertThat(check.caseType()).isEqualTo("ICT-ISP1");
	}

	@Test
	void refusesAnOutcomeThatTheTaskDoesNotHave() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);

		assertThatThrownBy(() -> this.workflow.complete(this.officer, check.taskId(), "approve", "Looks good"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("task.invalidOutcome");
				assertThat(ex.text().en()).contains("complete, request-info");
				assertThat(ex.text().lo()).contains("complete, request-info");
			});
		assertThatThrownBy(() -> this.workflow.complete(this.officer, check.taskId(), "request-info", " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("task.commentRequired"));

		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.workflow.task(this.officer, check.taskId()).assignee()).isNull();
		BpmnAwareTests.assertThat(processOf(submitted)).isWaitingAt(CHECK);
	}

	@Test
	void hidesATaskFromAnotherProvincesOfficer() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		Actor officerLpb = this.fixtures.officerLpb();
		Actor leaderLpb = this.fixtures.leaderLpb();

		assertThat(tasksOfCase(officerLpb, submitted)).isEmpty();
		assertThat(tasksOfCase(leaderLpb, submitted)).isEmpty();
		assertThatThrownBy(() -> this.workflow.task(officerLpb, check.taskId()))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("task.notFound");
				assertThat(ex.text().lo()).isNotBlank();
			});
		assertThatThrownBy(() -> this.workflow.claim(officerLpb, check.taskId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.complete(officerLpb, check.taskId(), "complete", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.workflow.task(applicant, check.taskId())).isInstanceOf(NotFoundException.class);

		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.workflow.task(this.officer, check.taskId()).assignee()).isNull();
	}

	@Test
	void refusesATaskThatAColleagueHasClaimed() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		WorkItem check = onlyTask(this.officer, submitted, CHECK);
		Actor colleague = this.fixtures.secondOfficerVte();

		this.workflow.claim(this.officer, check.taskId());
		this.workflow.claim(this.officer, check.taskId());

		assertThat(this.workflow.task(colleague, check.taskId()).assignee()).isEqualTo(this.officer.username());
		assertThatThrownBy(() -> this.workflow.claim(colleague, check.taskId())).isInstanceOfSatisfying(
				ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("task.claimedByOther"));
		assertThatThrownBy(() -> this.workflow.complete(colleague, check.taskId(), "complete", null))
			.isInstanceOf(ConflictException.class);
		assertThat(reload(submitted).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void showsSectionWorkToOfficersAndDecisionsOnlyToLeadership() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = submit(applicant, "ICT-SOFT");
		assertThat(tasksOfCase(this.leader, submitted)).as("completeness is section work").isEmpty();
		complete(this.officer, submitted, CHECK, "complete", null);
		assertThat(tasksOfCase(this.leader, submitted)).extracting(WorkItem::taskKey).containsExactly(STUDY);
		complete(this.officer, submitted, STUDY, "recommend-approve", "Fine.");

		assertThat(tasksOfCase(this.officer, submitted)).as("deciding is the leadership's").isEmpty();
		assertThat(tasksOfCase(this.fixtures.administrator(), submitted)).isEmpty();
		WorkItem decision = onlyTask(this.leader, submitted, DECIDE);
		assertThat(decision.name().en()).isEqualTo("Decide the application");
		assertThat(decision.name().lo()).isEqualTo("ຕັດສິນຄຳຮ້ອງ");
		assertThat(decision.outcomes()).containsExactly("approve", "reject");
		assertThat(decision.caseNumber()).isEqualTo(submitted.getCaseNumber());
		assertThat(this.workflow.openTasksOfCase(submitted.getId())).extracting(WorkItem::taskId)
			.containsExactly(decision.taskId());
	}

	private CaseFile submit(Actor applicant, String licenceType) {
		CaseFile draft = this.fixtures.draft(applicant, licenceType, "VTE");
		CaseFile submitted = this.workflow.submit(applicant, draft.getCaseNumber());
		assertThat(submitted.getProcessInstanceId()).isNotBlank();
		return submitted;
	}

	private void pay(Actor applicant, CaseFile caseFile) {
		this.fixtures.payFee(applicant, caseFile);
	}

	private void complete(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		this.workflow.complete(actor, onlyTask(actor, caseFile, taskKey).taskId(), outcome, comment);
	}

	private WorkItem onlyTask(Actor actor, CaseFile caseFile, String taskKey) {
		List<WorkItem> tasks = tasksOfCase(actor, caseFile);
		assertThat(tasks).extracting(WorkItem::taskKey).containsExactly(taskKey);
		return tasks.get(0);
	}

	private List<WorkItem> tasksOfCase(Actor actor, CaseFile caseFile) {
		return this.workflow.tasksFor(actor)
			.stream()
			.filter((task) -> task.caseNumber().equals(caseFile.getCaseNumber()))
			.toList();
	}

	private List<String> auditActions(CaseFile caseFile) {
		return this.auditTrail.entriesFor("case", caseFile.getCaseNumber())
			.stream()
			.map(AuditEntry::getAction)
			.toList();
	}

	private CaseFile reload(CaseFile caseFile) {
		return this.caseFiles.caseById(caseFile.getId());
	}

	private ProcessInstance processOf(CaseFile caseFile) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(caseFile.getProcessInstanceId())
			.singleResult();
	}

	private List<OutboxMail> mailsTo(Actor applicant) {
		return this.notifications.outbox()
			.stream()
			.filter((mail) -> mail.getRecipient().equals(this.fixtures.companyEmail(applicant)))
			.toList();
	}

	private void assertDueInDays(WorkItem task, CaseFile caseFile, int days, LocalDateTime before) {
		LocalDateTime after = LocalDateTime.now();
		assertThat(task.due()).isNotNull()
			.isAfterOrEqualTo(before.plusDays(days).truncatedTo(ChronoUnit.MINUTES))
			.isBeforeOrEqualTo(after.plusDays(days));
		assertThat(reload(caseFile).getDueDate()).as("the case shows the task's due date").isEqualTo(task.due());
	}

}

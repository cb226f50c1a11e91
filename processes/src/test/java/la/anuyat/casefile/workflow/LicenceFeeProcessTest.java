package la.anuyat.casefile.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.LicenceService;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import la.anuyat.party.PartyService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.InvoiceStatus;
import la.anuyat.payment.PaidThrough;
import la.anuyat.payment.PaymentOutcome;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;
import la.anuyat.payment.ReceiptEntry;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.NotFoundException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * The fee of an approved application: the invoice from the fee table, the licence only
 * once it is paid (through the provider or by an officer's receipt), the reminder and the
 * lapse by the timers of the payment process, with the engine's clock moved on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class LicenceFeeProcessTest {

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private PaymentService payments;

	@Autowired
	private LicenceService licences;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private PartyService parties;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ProcessEngine engine;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void issuesAnInvoiceOnApprovalAndTheLicenceOnlyOnceTheProviderConfirmsThePayment() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile approved = approve(applicant, "ICT-SOFT");
		ProcessInstance application = processOf(approved);

		CaseFile waiting = reload(approved);
		assertThat(waiting.getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);
		assertThat(this.fixtures.licenceIssuedBy(waiting)).as("no licence before the fee is paid").isNull();
		Invoice invoice = this.payments.invoiceOfCase(applicant, approved.getCaseNumber()).orElseThrow();
		assertThat(invoice.getAmountKip()).as("ICT-SOFT, new: the fee table's 3,000,000 kip").isEqualTo(3_000_000L);
		assertThat(invoice.getCurrency()).isEqualTo("LAK");
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
		assertThat(invoice.getInvoiceNumber()).matches("INV-VTE-\\d{4}-\\d{6}");
		assertThat(invoice.getPaymentReference())
			.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(invoice.getDueDate()).isEqualTo(LocalDate.now().plusDays(29));
		assertThat(waiting.getDueDate()).as("the applicant sees the fee's due date")
			.isEqualTo(invoice.getDueDate().atTime(23, 59));
		ProcessInstance payment = paymentProcessOf(approved);
		BpmnAwareTests.assertThat(payment).isWaitingAt("receiveTask_awaitPayment");
		assertThat(mailsTo(applicant)).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).contains(approved.getCaseNumber(), "ຊຳລະຄ່າທຳນຽມ");
			assertThat(mail.getBody()).contains(invoice.getPaymentReference(), "3,000,000 ກີບ");
		});

		PaymentOutcome outcome = this.payments
			.recordProviderPayment(new ProviderPayment("TX-" + invoice.getInvoiceNumber(),
					invoice.getPaymentReference().toLowerCase(), 3_000_000L, Instant.now()));

		assertThat(outcome.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(outcome.repeated()).isFalse();
		CaseFile issued = reload(approved);
		assertThat(issued.getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(this.fixtures.licenceIssuedBy(issued)).isNotBlank();
		assertThat(this.licences.licence(this.fixtures.licenceIssuedBy(issued))).isPresent();
		BpmnAwareTests.assertThat(application)
			.isEnded()
			.hasPassedInOrder("callActivity_payment", "exclusiveGateway_feePaid", "businessRuleTask_determineValidity",
					"serviceTask_issueLicence", "endEvent_licenceIssued");
		assertThat(this.notifications.noticesOf(applicant, 10)).extracting(Notice::getKind)
			.startsWith("licenceIssued", "invoicePaid", "invoiceIssued");
		assertThat(this.auditTrail.entriesFor("invoice", invoice.getInvoiceNumber())).extracting(AuditEntry::getAction)
			.containsExactly("invoice.issued", "invoice.paid");

		PaymentOutcome again = this.payments.recordProviderPayment(new ProviderPayment(
				"TX-" + invoice.getInvoiceNumber(), invoice.getPaymentReference(), 3_000_000L, Instant.now()));
		assertThat(again.repeated()).as("the same transaction is booked once").isTrue();
		assertThatThrownBy(() -> this.payments.recordProviderPayment(
				new ProviderPayment("TX-other", invoice.getPaymentReference(), 3_000_000L, Instant.now())))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("invoice.alreadyPaid"));
		assertThat(this.payments.receiptPdf(applicant, invoice.getInvoiceNumber())).startsWith("%PDF-".getBytes());
	}

	@Test
	void refusesAWrongAmountOrAnUnknownReferenceAndLeavesTheInvoiceUnpaid() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile approved = approve(applicant, "ICT-SHOP");
		Invoice invoice = this.payments.invoiceOfCase(applicant, approved.getCaseNumber()).orElseThrow();

		assertThatThrownBy(() -> this.payments.recordProviderPayment(
				new ProviderPayment("TX-short", invoice.getPaymentReference(), 499_999L, Instant.now())))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("payment.amountMismatch");
				assertThat(ex.text().lo()).contains("ກີບ");
			});
		assertThatThrownBy(() -> this.payments
			.recordProviderPayment(new ProviderPayment("TX-unknown", "ZZZZ-ZZZZ-ZZZZ", 500_000L, Instant.now())))
			.isInstanceOfSatisfying(NotFoundException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("payment.unknownReference"));

		assertThat(this.payments.invoice(invoice.getInvoiceNumber()).getStatus()).isEqualTo(InvoiceStatus.ISSUED);
		assertThat(reload(approved).getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);
		BpmnAwareTests.assertThat(paymentProcessOf(approved)).isWaitingAt("receiveTask_awaitPayment");
	}

	@Test
	void letsAnOfficerOfTheAuthorityRecordTheBankReceiptForExactlyTheAmount() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile approved = approve(applicant, "ICT-INST");
		Invoice invoice = this.payments.invoiceOfCase(applicant, approved.getCaseNumber()).orElseThrow();
		byte[] scan = WorkflowFixtures.png();
		LocalDate today = LocalDate.now();

		assertThatThrownBy(() -> this.payments.recordReceipt(applicant, invoice.getInvoiceNumber(),
				new ReceiptEntry("BCEL-1", 1_000_000L, today, "receipt.png", scan)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.payments.recordReceipt(this.fixtures.officerLpb(), invoice.getInvoiceNumber(),
				new ReceiptEntry("BCEL-1", 1_000_000L, today, "receipt.png", scan)))
			.as("another province's officer does not see the invoice")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.payments.recordReceipt(this.fixtures.officerVte(), invoice.getInvoiceNumber(),
				new ReceiptEntry("BCEL-1", 900_000L, today, "receipt.png", scan)))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("payment.amountMismatch"));
		assertThat(this.payments.invoice(invoice.getInvoiceNumber()).getStatus()).isEqualTo(InvoiceStatus.ISSUED);

		this.payments.recordReceipt(this.fixtures.officerVte(), invoice.getInvoiceNumber(),
				new ReceiptEntry("BCEL-1", 1_000_000L, today, "receipt.png", scan));

		Invoice paid = this.payments.invoice(invoice.getInvoiceNumber());
		assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
		assertThat(paid.getPaidThrough()).isEqualTo(PaidThrough.RECEIPT);
		assertThat(paid.getReceiptNumber()).isEqualTo("BCEL-1");
		assertThat(paid.getReceiptRecordedBy()).isEqualTo("officer.vte");
		assertThat(paid.getReceiptDocumentId()).isNotNull();
		assertThat(this.fixtures.licenceIssuedBy(reload(approved))).isNotBlank();
		assertThat(this.auditTrail.entriesFor("invoice", invoice.getInvoiceNumber()))
			.anySatisfy((entry) -> assertThat(entry.getDetail()).contains("receipt=BCEL-1", "sha256="));
	}

	@Test
	void remindsTheApplicantBeforeTheDueDateAndLapsesTheApplicationAfterIt() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		this.parties.recordPreferredLanguage(applicant.username(), Locale.ENGLISH);
		CaseFile approved = approve(applicant, "ICT-CONS");
		ProcessInstance application = processOf(approved);
		Invoice invoice = this.payments.invoiceOfCase(applicant, approved.getCaseNumber()).orElseThrow();
		ProcessInstance payment = paymentProcessOf(approved);

		Job reminder = timer(payment, "boundaryEvent_paymentReminder");
		Job lapse = timer(payment, "boundaryEvent_paymentLapse");
		assertThat(reminder.getDuedate()).isBefore(lapse.getDuedate());
		ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 1000));
		this.engine.getManagementService().executeJob(reminder.getId());

		BpmnAwareTests.assertThat(payment).isWaitingAt("receiveTask_awaitPayment").hasPassed("endEvent_reminderSent");
		assertThat(mailsTo(applicant)).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).startsWith("Reminder: pay the fee by");
			assertThat(mail.getBody()).contains(invoice.getPaymentReference(), "2,000,000 kip");
		});
		assertThat(reload(approved).getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);

		ClockUtil.setCurrentTime(new Date(lapse.getDuedate().getTime() + 1000));
		this.engine.getManagementService().executeJob(lapse.getId());

		BpmnAwareTests.assertThat(payment).isEnded().hasPassed("endEvent_invoiceLapsed");
		BpmnAwareTests.assertThat(application)
			.isEnded()
			.hasPassed("endEvent_applicationLapsed")
			.hasNotPassed("serviceTask_issueLicence");
		CaseFile lapsed = reload(approved);
		assertThat(lapsed.getStatus()).isEqualTo(CaseStatus.LAPSED);
		assertThat(lapsed.getStatus().isClosed()).isTrue();
		assertThat(this.fixtures.licenceIssuedBy(lapsed)).isNull();
		assertThat(this.payments.invoice(invoice.getInvoiceNumber()).getStatus()).isEqualTo(InvoiceStatus.LAPSED);
		assertThat(this.notifications.noticesOf(applicant, 10)).extracting(Notice::getKind)
			.startsWith("invoiceLapsed", "invoiceReminder", "invoiceIssued");
		assertThatThrownBy(() -> this.payments.recordProviderPayment(
				new ProviderPayment("TX-late", invoice.getPaymentReference(), 2_000_000L, Instant.now())))
			.as("a lapsed invoice is not paid any more")
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("invoice.notPayable"));
	}

	@Test
	void passesStraightOnWhenTheFeeTableAsksForNoFee() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile caseFile = this.fixtures.draft(applicant, "ICT-SOFT", "VTE");
		ProcessInstance payment = this.engine.getRuntimeService()
			.startProcessInstanceByKey("payment", caseFile.getCaseNumber(),
					java.util.Map.of("caseId", caseFile.getId(), "licenceType", "NO-SUCH-TYPE"));

		BpmnAwareTests.assertThat(payment)
			.isEnded()
			.hasPassed("endEvent_noFee")
			.variables()
			.containsEntry("paymentOutcome", "none");
		assertThat(this.payments.invoiceOfCase(applicant, caseFile.getCaseNumber())).isEmpty();
	}

	private CaseFile approve(Actor applicant, String licenceType) {
		CaseFile draft = this.fixtures.draft(applicant, licenceType, "VTE");
		CaseFile submitted = this.workflow.submit(applicant, draft.getCaseNumber());
		Actor officer = this.fixtures.officerVte();
		complete(officer, submitted, "userTask_checkCompleteness", "complete", null);
		complete(officer, submitted, "userTask_studyApplication", "recommend-approve", "In order.");
		complete(this.fixtures.leaderVte(), submitted, "userTask_decideApplication", "approve", "Approved.");
		return submitted;
	}

	private void complete(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseFile.getCaseNumber())
			.stream()
			.filter((candidate) -> candidate.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow();
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	private Job timer(ProcessInstance instance, String activityId) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.timers()
			.singleResult();
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

	private ProcessInstance paymentProcessOf(CaseFile caseFile) {
		List<ProcessInstance> instances = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("payment")
			.processInstanceBusinessKey(caseFile.getCaseNumber())
			.list();
		assertThat(instances).hasSize(1);
		return instances.get(0);
	}

	private List<OutboxMail> mailsTo(Actor applicant) {
		return this.notifications.outbox()
			.stream()
			.filter((mail) -> mail.getRecipient().equals(this.fixtures.companyEmail(applicant)))
			.toList();
	}

}

package la.anuyat.enforcement.process;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.EngineTime;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.EnforcementMeasure;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.enforcement.MeasureProposal;
import la.anuyat.enforcement.SeizedItemStatus;
import la.anuyat.enforcement.SeizureEntry;
import la.anuyat.enforcement.WrittenRecord;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.InvoiceStatus;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * Enforcement on the real domain services and the engine: warning (a signed letter),
 * written record, the ladder's suggestion, review-and-decide, and each measure carried
 * out — a fine through the payment block, a suspension through the licence sanction
 * process, a seizure until every item is released or destroyed — then the follow-up,
 * where a persisting violation opens a new case that the ladder escalates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class EnforcementProcessTest {

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);

	@Autowired
	private EnforcementWorkflow enforcement;

	@Autowired
	private Enforcements enforcements;

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private LicenceService licences;

	@Autowired
	private PaymentService payments;

	@Autowired
	private ProcessEngine engine;

	private Actor officer;

	private Actor studier;

	private Actor leader;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		EngineTime.setClock(START);
		this.officer = this.fixtures.staff("enf.officer.vte", Role.SECTION_OFFICER, "VTE", "ADMIN");
		this.studier = this.fixtures.staff("enf.studier.vte", Role.SECTION_OFFICER, "VTE", null);
		this.leader = this.fixtures.staff("enf.leader.vte", Role.LEADERSHIP, "VTE", null);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void warnsRecordsFinesAndClosesWhenTheCompanyComplies() throws IOException {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		EnforcementCase opened = this.enforcement.open(this.officer, new EnforcementDraft(EnforcementOrigin.OFFICER,
				null, "VTE", holder.companyId(), licence.getLicenceNumber(), "Prices not displayed in the shop"));
		assertThat(opened.getCaseNumber()).startsWith("ENF-VTE-");
		ProcessInstance instance = process(opened);
		BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_issueWarning");

		this.enforcement.warn(this.officer, opened.getCaseNumber(), "Display the prices of every service by 15 March.");
		byte[] letter = this.enforcements.warningLetter(this.officer, opened.getCaseNumber());
		assertThat(new String(letter, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(letter)) {
			assertThat(pdf.getSignatureDictionaries()).as("signed by the authority")
				.singleElement()
				.satisfies((signature) -> assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
		}
		BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_writeRecord");

		this.enforcement.record(this.officer, opened.getCaseNumber(),
				new WrittenRecord("No price list on display at the counter", "Shop 3, Samsenthai Road",
						"Officer and the shop manager", "Ms Keo, manager"));
		assertThat(this.enforcements.writtenRecord(this.officer, opened.getCaseNumber())).isNotEmpty();
		EnforcementCase suggested = this.enforcements.byId(opened.getCaseId().value());
		assertThat(suggested.getPriorViolations()).isZero();
		assertThat(suggested.getSuggestedMeasure()).as("enforcement-ladder.dmn, first measure")
			.isEqualTo(EnforcementMeasure.FINE);
		assertThat(suggested.getSuggestedFineKip()).isEqualTo(5_000_000L);

		this.enforcement.propose(this.officer, opened.getCaseNumber(),
				new MeasureProposal(EnforcementMeasure.FINE, 5_000_000L, null, "Repeated after an oral warning", null));
		this.fixtures.completeTask(this.studier, opened.getCaseNumber(), STUDY, "recommend-approve",
				"The record supports it.");
		this.fixtures.completeTask(this.leader, opened.getCaseNumber(), DECIDE, "approve", "Fine as proposed.");

		Invoice invoice = this.payments.invoiceOfCase(this.officer, opened.getCaseNumber()).orElseThrow();
		assertThat(invoice.getAmountKip()).isEqualTo(5_000_000L);
		assertThat(invoice.getFeeLabel().en()).contains("Fine");
		this.payments.recordProviderPayment(new ProviderPayment("TX-" + invoice.getInvoiceNumber(),
				invoice.getPaymentReference(), invoice.getAmountKip(), java.time.Instant.now()));
		assertThat(this.payments.invoice(invoice.getInvoiceNumber()).getStatus()).isEqualTo(InvoiceStatus.PAID);
		assertThat(this.enforcements.byId(opened.getCaseId().value()).getInvoiceNumber())
			.isEqualTo(invoice.getInvoiceNumber());
		BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_followUp");

		this.fixtures.completeTask(this.officer, opened.getCaseNumber(), "userTask_followUp", "compliant", null);
		BpmnAwareTests.assertThat(instance).isEnded();
		assertThat(history(opened)).contains("case.opened", "enforcement.warned", "enforcement.recorded",
				"enforcement.measureProposed", "case.approved", "enforcement.fineInvoiced", "enforcement.followUp");
	}

	@Test
	void aPersistingViolationOpensANewCaseWhichTheLadderEscalatesAndASuspensionGoesToTheSanctionProcess() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		EnforcementCase first = this.enforcement.open(this.officer,
				new EnforcementDraft(EnforcementOrigin.COMPLAINT, "CMP-VTE-2027-000001", "VTE", holder.companyId(),
						licence.getLicenceNumber(), "Unregistered SIM cards sold"));
		this.enforcement.warn(this.officer, first.getCaseNumber(), "Register every SIM card before sale.");
		this.enforcement.record(this.officer, first.getCaseNumber(),
				new WrittenRecord("Twelve unregistered SIM cards sold", "Outlet 7", "Two officers", null));
		this.enforcement.propose(this.officer, first.getCaseNumber(),
				new MeasureProposal(EnforcementMeasure.FINE, 5_000_000L, null, "First violation", null));
		this.fixtures.completeTask(this.studier, first.getCaseNumber(), STUDY, "recommend-approve", "Agreed.");
		this.fixtures.completeTask(this.leader, first.getCaseNumber(), DECIDE, "approve", "Fine.");
		pay(first);
		ProcessInstance firstProcess = process(first);
		assertThatThrownBy(() -> this.fixtures.completeTask(this.officer, first.getCaseNumber(), "userTask_followUp",
				"violation-persists", null))
			.as("the reason is required")
			.isInstanceOf(RuntimeException.class);
		this.fixtures.completeTask(this.officer, first.getCaseNumber(), "userTask_followUp", "violation-persists",
				"Still selling unregistered cards a month later.");
		BpmnAwareTests.assertThat(firstProcess).isEnded();

		EnforcementCase repeat = this.enforcements.ofCompany(this.officer, holder.companyId())
			.stream()
			.filter((candidate) -> candidate.getOrigin() == EnforcementOrigin.REPEAT)
			.findFirst()
			.orElseThrow();
		assertThat(repeat.getOriginReference()).isEqualTo(first.getCaseNumber());
		this.enforcement.warn(this.officer, repeat.getCaseNumber(), "Last warning before the licence is suspended.");
		this.enforcement.record(this.officer, repeat.getCaseNumber(),
				new WrittenRecord("Unregistered SIM cards on sale again", "Outlet 7", "Two officers", null));
		EnforcementCase escalated = this.enforcements.byId(repeat.getCaseId().value());
		assertThat(escalated.getPriorViolations()).as("the first case's fine counts").isEqualTo(1);
		assertThat(escalated.getSuggestedFineKip()).isEqualTo(10_000_000L);

		LocalDate until = START.toLocalDate().plusDays(60);
		this.enforcement.propose(this.officer, repeat.getCaseNumber(),
				new MeasureProposal(EnforcementMeasure.SUSPEND, null, until, "Second violation in a month", null));
		this.fixtures.completeTask(this.studier, repeat.getCaseNumber(), STUDY, "recommend-approve", "Agreed.");
		this.fixtures.completeTask(this.leader, repeat.getCaseNumber(), DECIDE, "approve", "Suspend.");

		String sanctionCase = this.enforcements.byId(repeat.getCaseId().value()).getSanctionCaseNumber();
		assertThat(sanctionCase).startsWith("SUS-VTE-");
		ProcessInstance sanction = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(sanctionCase)
			.processDefinitionKey("licence-sanction")
			.singleResult();
		BpmnAwareTests.assertThat(sanction)
			.as("the holder may respond before it takes effect")
			.isWaitingAt("receiveTask_awaitResponse");
		assertThat(this.caseFiles.caseByNumber(this.officer, repeat.getCaseNumber()).getReferences())
			.contains(sanctionCase, licence.getLicenceNumber(), first.getCaseNumber());
		BpmnAwareTests.assertThat(process(repeat)).isWaitingAt("userTask_followUp");

		// the holder does not respond: after the period the sanction is reviewed and
		// takes
		// effect, and /verify says so
		EngineTime.setClock(START.plusDays(16));
		EngineTime.runDueTimersIn(this.engine, sanction.getId());
		Actor ict = this.fixtures.staff("enf.tech.vte", Role.SECTION_OFFICER, "VTE", "TECH");
		this.fixtures.completeTask(ict, sanctionCase, STUDY, "recommend-approve",
				"As decided on " + repeat.getCaseNumber());
		this.fixtures.completeTask(this.leader, sanctionCase, DECIDE, "approve", "Suspend.");
		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.SUSPENDED);
	}

	@Test
	void aSeizureWaitsUntilEveryItemIsReleasedOrDestroyed() {
		Actor trader = this.fixtures.newApplicant("VTE");
		EnforcementCase opened = this.enforcement.open(this.officer, new EnforcementDraft(EnforcementOrigin.INSPECTION,
				null, "VTE", trader.companyId(), null, "Radio transmitters without type approval on sale"));
		this.fixtures.completeTask(this.officer, opened.getCaseNumber(), "userTask_issueWarning", "skip-warning",
				"Illegal equipment is seized at once.");
		this.enforcement.record(this.officer, opened.getCaseNumber(),
				new WrittenRecord("Eight FM transmitters, model TX-100, no approval", "Warehouse B", "Two inspectors",
						"Mr Bounmy, owner"));
		assertThatThrownBy(() -> this.enforcement.propose(this.officer, opened.getCaseNumber(),
				new MeasureProposal(EnforcementMeasure.SUSPEND, null, START.toLocalDate().plusDays(30), "No licence",
						null)))
			.as("a case about no licence cannot suspend one")
			.isInstanceOf(InvalidInputException.class);
		this.enforcement.propose(this.officer, opened.getCaseNumber(),
				new MeasureProposal(EnforcementMeasure.SEIZURE, null, null, "Not type-approved",
						List.of(new SeizureEntry("FM transmitter", "TX-100", 8, "Department store room 2"),
								new SeizureEntry("Antenna", null, 8, "Department store room 2"))));
		this.fixtures.completeTask(this.studier, opened.getCaseNumber(), STUDY, "recommend-approve", "Agreed.");
		this.fixtures.completeTask(this.leader, opened.getCaseNumber(), DECIDE, "approve", "Seize.");
		ProcessInstance instance = process(opened);
		BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_settleSeizure");

		List<Long> items = this.enforcements.byId(opened.getCaseId().value())
			.getSeizedItems()
			.stream()
			.map((item) -> item.getId())
			.toList();
		this.enforcement.dispose(this.officer, opened.getCaseNumber(), items.get(1), SeizedItemStatus.RELEASED,
				"Antennas need no approval: returned to the owner.");
		BpmnAwareTests.assertThat(instance).as("one item is still held").isWaitingAt("userTask_settleSeizure");
		assertThatThrownBy(() -> this.enforcement.dispose(this.officer, opened.getCaseNumber(), items.get(1),
				SeizedItemStatus.DESTROYED, "Again"))
			.isInstanceOf(ConflictException.class);
		this.enforcement.dispose(this.officer, opened.getCaseNumber(), items.get(0), SeizedItemStatus.DESTROYED,
				"Destroyed before two witnesses.");
		BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_followUp");
		assertThat(this.enforcements.byId(opened.getCaseId().value()).getSeizedItems())
			.extracting((item) -> item.getStatus())
			.containsExactly(SeizedItemStatus.DESTROYED, SeizedItemStatus.RELEASED);
		assertThat(history(opened)).contains("enforcement.warningSkipped", "enforcement.itemRELEASED",
				"enforcement.itemDESTROYED");
	}

	@Test
	void refusesStepsOutOfOrderOutsideTheJurisdictionAndWithoutWhatTheyNeed() {
		Actor trader = this.fixtures.newApplicant("VTE");
		Actor otherProvince = this.fixtures.staff("enf.officer.lpb", Role.SECTION_OFFICER, "LPB", null);
		assertThatThrownBy(() -> this.enforcement.open(otherProvince,
				new EnforcementDraft(EnforcementOrigin.OFFICER, null, "VTE", trader.companyId(), null, "Anything")))
			.isInstanceOf(ForbiddenException.class);
		EnforcementCase opened = this.enforcement.open(this.officer, new EnforcementDraft(EnforcementOrigin.OFFICER,
				null, "VTE", trader.companyId(), null, "Unlicensed internet café"));
		assertThatThrownBy(() -> this.enforcement.record(this.officer, opened.getCaseNumber(),
				new WrittenRecord("Found", "Here", "Me", null)))
			.as("the record comes after the warning")
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.fixtures.completeTask(this.officer, opened.getCaseNumber(),
				"userTask_issueWarning", "warned", null))
			.as("no warning was written")
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(
				() -> this.enforcement.warn(this.officer, opened.getCaseNumber(), "<script>x</script>\u202e"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.enforcements.byId(opened.getCaseId().value()).isWarned()).isFalse();
		BpmnAwareTests.assertThat(process(opened)).isWaitingAt("userTask_issueWarning");
	}

	private Licence issuedLicence(Actor holder) {
		Actor ict = this.fixtures.staff("enf.tech.vte", Role.SECTION_OFFICER, "VTE", "TECH");
		CaseFile draft = this.fixtures.draft(holder, "ICT-SOFT", "VTE");
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		this.fixtures.completeTask(ict, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		this.fixtures.completeTask(ict, submitted.getCaseNumber(), STUDY, "recommend-approve", "In order.");
		this.fixtures.completeTask(this.leader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
		this.fixtures.payFee(holder, submitted);
		String number = this.fixtures.licenceIssuedBy(this.caseFiles.caseById(submitted.getId()));
		return this.licences.licence(number).orElseThrow();
	}

	private void pay(EnforcementCase enforcement) {
		Invoice invoice = this.payments.invoiceOfCase(this.officer, enforcement.getCaseNumber()).orElseThrow();
		this.payments.recordProviderPayment(new ProviderPayment("TX-" + invoice.getInvoiceNumber(),
				invoice.getPaymentReference(), invoice.getAmountKip(), java.time.Instant.now()));
	}

	private ProcessInstance process(EnforcementCase enforcement) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(enforcement.getCaseNumber())
			.processDefinitionKey("enforcement")
			.singleResult();
	}

	private List<String> history(EnforcementCase enforcement) {
		return this.caseFiles.caseById(enforcement.getCaseId().value())
			.getHistory()
			.stream()
			.map((event) -> event.getType())
			.toList();
	}

}

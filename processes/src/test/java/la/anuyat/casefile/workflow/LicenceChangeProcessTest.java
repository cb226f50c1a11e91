package la.anuyat.casefile.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.CertificateCheck;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceApplication;
import la.anuyat.casefile.CaseId;
import la.anuyat.licence.LicenceChanges;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.RequiredDocument;
import la.anuyat.party.PartyService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.shared.ConflictException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renewal and amendment through the licence application process, with the engine's clock
 * moved: a renewal is refused before the licence type's renewal window opens, then
 * drafted from the licence's answers, decided, paid at the renewal fee, and the licence
 * keeps its number, runs on from its old last day with a new certificate and a new expiry
 * watch; an amendment changes the holder's name on the licence and the company's record,
 * and the earlier certificate verifies as superseded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class LicenceChangeProcessTest {

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private LicenceApplications applications;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private LicenceService licences;

	@Autowired
	private LicenceChanges changes;

	@Autowired
	private PaymentService payments;

	@Autowired
	private PartyService parties;

	@Autowired
	private FormCatalogue forms;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ProcessEngine engine;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void renewsWithinTheWindowFromTheOldLastDayWithANewCertificateAndExpiryWatch() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		LocalDate oldEnd = licence.getValidUntil();
		assertThatThrownBy(() -> this.changes.renewable(holder, licence.getLicenceNumber())).isInstanceOfSatisfying(
				ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("licence.renewalNotOpen"));

		moveTo(oldEnd.minusDays(30));
		CaseFile renewal = drafted(holder, licence, ApplicationKind.RENEWAL);
		assertThat(renewal.getFormData()).as("the licence's answers carried over").contains("ບໍລິສັດ ທົດລອງ");
		assertThatThrownBy(() -> this.changes.renewable(holder, licence.getLicenceNumber()))
			.as("one renewal or amendment at a time")
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("licence.changeInProgress"));
		decide(holder, renewal);
		Invoice invoice = this.payments.invoiceOfCase(holder, renewal.getCaseNumber()).orElseThrow();
		assertThat(invoice.getAmountKip()).as("the renewal fee of the fee table").isEqualTo(1_500_000L);
		this.fixtures.payFee(holder, renewal);

		Licence renewed = this.licences.licence(licence.getLicenceNumber()).orElseThrow();
		assertThat(renewed.getValidUntil()).isEqualTo(oldEnd.plusMonths(36));
		assertThat(renewed.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(this.caseFiles.caseById(renewal.getId()).getStatus()).isEqualTo(CaseStatus.APPROVED);
		List<ProcessInstance> watches = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("licence-expiry")
			.processInstanceBusinessKey(licence.getLicenceNumber())
			.list();
		assertThat(watches).as("the old watch ended by the renewal, a new one watches the new end").hasSize(1);
		assertThat(this.engine.getRuntimeService().getVariable(watches.get(0).getId(), "validUntil"))
			.isEqualTo(renewed.getValidUntil().toString());
		assertThat(auditActions(licence)).contains("licence.issued", "licence.renewed")
			.doesNotContain("licence.expired");
	}

	@Test
	void anAmendmentChangesTheHoldersNameAndSupersedesTheEarlierCertificate() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Licence licence = issuedLicence(holder);
		byte[] earlier = this.licences.certificatePdf(holder, licence.getLicenceNumber());

		CaseFile amendment = drafted(holder, licence, ApplicationKind.AMENDMENT);
		this.caseFiles.updateFormData(holder, amendment.getCaseNumber(),
				"{\"companyNameLo\":\"ບໍລິສັດ ປ່ຽນຊື່ ຈຳກັດ\",\"companyNameEn\":\"Renamed Company Ltd.\","
						+ "\"address\":\"ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ\",\"plannedServices\":\"software\"}");
		decide(holder, amendment);
		assertThat(this.payments.invoiceOfCase(holder, amendment.getCaseNumber()).orElseThrow().getAmountKip())
			.isEqualTo(300_000L);
		this.fixtures.payFee(holder, amendment);

		Licence amended = this.licences.licence(licence.getLicenceNumber()).orElseThrow();
		assertThat(amended.getHolderNameEn()).isEqualTo("Renamed Company Ltd.");
		assertThat(amended.getHolderNameLo()).isEqualTo("ບໍລິສັດ ປ່ຽນຊື່ ຈຳກັດ");
		assertThat(amended.getValidUntil()).as("an amendment keeps the validity").isEqualTo(licence.getValidUntil());
		assertThat(this.parties.company(licence.getCompanyId()).getAddress()).isEqualTo("ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ");
		byte[] current = this.licences.certificatePdf(holder, licence.getLicenceNumber());
		assertThat(current).isNotEqualTo(earlier);
		assertThat(this.licences.checkCertificate(earlier).outcome()).isEqualTo(CertificateCheck.Outcome.SUPERSEDED);
		assertThat(this.licences.checkCertificate(current).outcome()).isEqualTo(CertificateCheck.Outcome.CURRENT);
		assertThat(auditActions(licence)).contains("licence.amended");
	}

	private Licence issuedLicence(Actor holder) {
		CaseFile draft = this.fixtures.draft(holder, "ICT-SOFT", "VTE");
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		decide(holder, submitted);
		this.fixtures.payFee(holder, submitted);
		return this.licences.licence(this.fixtures.licenceIssuedBy(this.caseFiles.caseById(submitted.getId())))
			.orElseThrow();
	}

	private CaseFile drafted(Actor holder, Licence licence, ApplicationKind kind) {
		Licence checked = (kind == ApplicationKind.RENEWAL) ? this.changes.renewable(holder, licence.getLicenceNumber())
				: this.changes.amendable(holder, licence.getLicenceNumber());
		CaseFile latest = this.changes.latestApplicationOf(checked);
		CaseFile draft = this.applications.draftAbout(holder, checked, latest.getProvinceCode(), latest.getFormData(),
				kind);
		for (RequiredDocument required : this.forms.formFor(checked.getLicenceTypeCode())
			.requiredDocumentsFor(kind.decisionValue())) {
			this.fixtures.upload(holder, draft, required.type());
		}
		LicenceApplication application = this.applications.of(CaseId.of(draft)).orElseThrow();
		assertThat(application.getKind()).isEqualTo(kind);
		assertThat(application.getSubjectLicenceNumber()).isEqualTo(licence.getLicenceNumber());
		assertThat(draft.getReferences()).containsExactly(licence.getLicenceNumber());
		return draft;
	}

	/** Submits (when a draft), checks, studies and approves the case. */
	private void decide(Actor holder, CaseFile caseFile) {
		if (this.caseFiles.caseById(caseFile.getId()).getStatus() == CaseStatus.DRAFT) {
			this.workflow.submit(holder, caseFile.getCaseNumber());
		}
		Actor officer = this.fixtures.officerVte();
		complete(officer, caseFile, "userTask_checkCompleteness", "complete", null);
		complete(officer, caseFile, "userTask_studyApplication", "recommend-approve", "In order.");
		complete(this.fixtures.leaderVte(), caseFile, "userTask_decideApplication", "approve", "Approved.");
	}

	private void complete(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseFile.getCaseNumber())
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError(taskKey + " of " + caseFile.getCaseNumber()));
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	private List<String> auditActions(Licence licence) {
		return this.auditTrail.entriesFor("licence", licence.getLicenceNumber())
			.stream()
			.map(AuditEntry::getAction)
			.toList();
	}

	private static void moveTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

}

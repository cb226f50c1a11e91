package la.anuyat.inspection.process;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.InspectionCase;
import la.anuyat.inspection.InspectionCases;
import la.anuyat.inspection.InspectorDevices;
import la.anuyat.inspection.MediaFile;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field report from an inspector's device opens an inspection case with the violations
 * it shows (a failed check; equipment the register does not list as type-approved, by
 * name); the section studies it, leadership confirms it, and confirmed violations start
 * an enforcement case naming them. A clean report closes without enforcement. The
 * approved model is approved first through the type approval process, so the register
 * asked is the real one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class InspectionFindingsProcessTest {

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	private static final String FORM = "inspection-equipment-dealer";

	@Autowired
	private FieldReports reports;

	@Autowired
	private InspectionChecklists checklists;

	@Autowired
	private InspectorDevices devices;

	@Autowired
	private InspectionCases inspections;

	@Autowired
	private Enforcements enforcements;

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private LicenceService licences;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private LicenceApplications applications;

	@Autowired
	private CaseDocuments documents;

	private Actor officer;

	private Actor leader;

	private InspectorDevices.EnrolledDevice device;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(this.engine);
		this.officer = this.fixtures.staff("ins.officer.vte", Role.SECTION_OFFICER, "VTE", "ADMIN");
		this.leader = this.fixtures.staff("ins.leader.vte", Role.LEADERSHIP, "VTE", null);
		this.fixtures.staff("ins.inspector.vte", Role.INSPECTOR, "VTE", null);
		this.device = this.devices.enrol(this.fixtures.staff("ins.admin", Role.ADMINISTRATOR, "MTC", null),
				"ins.inspector.vte", "Phone 1");
	}

	@Test
	void aNonApprovedModelFoundOnInspectionStartsEnforcementNamingIt() throws IOException {
		String licenceNumber = issuedLicence();
		long reportId = receive(licenceNumber, "no", "TX-100");

		InspectionCase inspection = this.inspections.ofReport(reportId).orElseThrow();
		assertThat(inspection.getCaseNumber()).startsWith("INS-VTE-");
		assertThat(inspection.getViolations()).containsExactly("ສະແດງລາຄາໃຫ້ລູກຄ້າເຫັນ: ບໍ່ / Prices displayed: No",
				"ອຸປະກອນບໍ່ໄດ້ຮັບການຢັ້ງຢືນ: TX-100 (Acme) / Equipment without type approval: TX-100 (Acme)");
		this.fixtures.completeTask(this.officer, inspection.getCaseNumber(), STUDY, "recommend-approve",
				"Photos confirm it.");
		this.fixtures.completeTask(this.leader, inspection.getCaseNumber(), DECIDE, "approve", "Confirmed.");

		String enforcementNumber = this.inspections.byId(inspection.getCaseId().value()).getEnforcementCaseNumber();
		assertThat(enforcementNumber).startsWith("ENF-VTE-");
		EnforcementCase enforcement = this.enforcements.enforcement(this.officer, enforcementNumber);
		assertThat(enforcement.getOrigin()).isEqualTo(EnforcementOrigin.INSPECTION);
		assertThat(enforcement.getOriginReference()).isEqualTo(inspection.getCaseNumber());
		assertThat(enforcement.getViolation()).contains("TX-100");
		assertThat(enforcement.getLicenceNumber()).isEqualTo(licenceNumber);
		assertThat(this.caseFiles.caseByNumber(this.officer, inspection.getCaseNumber()).getReferences())
			.contains(licenceNumber, enforcementNumber);

		byte[] report = this.inspections.reportPdf(this.officer, inspection.getCaseNumber());
		try (PDDocument pdf = Loader.loadPDF(report)) {
			assertThat(pdf.getSignatureDictionaries()).as("signed by the authority").hasSize(1);
			assertThat(pdf.getNumberOfPages()).as("the sheet, then the photo").isEqualTo(2);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Inspection report", inspection.getCaseNumber(), licenceNumber,
					"Prices displayed", "TX-100", "17.966700, 102.600000");
		}
	}

	@Test
	void aCleanReportClosesWithoutEnforcement() {
		String licenceNumber = issuedLicence();
		String approved = "TX-200-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		typeApproved(approved);
		long reportId = receive(licenceNumber, "yes", approved);
		InspectionCase inspection = this.inspections.ofReport(reportId).orElseThrow();
		assertThat(inspection.isClean()).isTrue();
		ProcessInstance instance = process(inspection.getCaseNumber());
		this.fixtures.completeTask(this.officer, inspection.getCaseNumber(), STUDY, "recommend-approve",
				"Nothing found.");
		this.fixtures.completeTask(this.leader, inspection.getCaseNumber(), DECIDE, "approve", "Clean.");
		BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endEvent_closed");
		assertThat(this.inspections.byId(inspection.getCaseId().value()).getEnforcementCaseNumber()).isNull();
	}

	@Test
	void aReportNamingNoKnownLicenceOpensNoCase() {
		long reportId = receive("ICT-VTE-9999-999999", "no", "TX-100");
		assertThat(this.inspections.ofReport(reportId)).isEmpty();
		assertThat(this.reports.reportById(reportId)).as("the report itself is kept").isPresent();
	}

	private long receive(String licenceNumber, String pricesDisplayed, String model) {
		String version = this.checklists.checklist(FORM).orElseThrow().version();
		String xml = """
				<data xmlns:jr="http://openrosa.org/javarosa" id="%s" version="%s">
				  <licenceNumber>%s</licenceNumber>
				  <licenceDisplayed>yes</licenceDisplayed>
				  <licenceValid>yes</licenceValid>
				  <pricesDisplayed>%s</pricesDisplayed>
				  <equipment><manufacturer>Acme</manufacturer><model>%s</model><quantity>8</quantity></equipment>
				  <findings>Checked the shop floor and the store room.</findings>
				  <position>17.9667 102.6000 170 5</position>
				  <photo1>shop.png</photo1>
				  <photo2/>
				  <meta><instanceID>uuid:%s</instanceID></meta>
				</data>
				""".formatted(FORM, version, licenceNumber, pricesDisplayed, model, UUID.randomUUID());
		return this.reports
			.receive(this.device.device(), this.checklists.readSubmission(xml.getBytes(StandardCharsets.UTF_8)),
					List.of(new MediaFile("shop.png", png())))
			.reportId();
	}

	private static byte[] png() {
		try {
			BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Acme's model, approved through the type approval process and so in the register.
	 */
	private void typeApproved(String model) {
		Actor engineer = this.fixtures.staff("officer.mtc", Role.SECTION_OFFICER, "MTC", null);
		Actor ministryLeader = this.fixtures.staff("leader.mtc", Role.LEADERSHIP, "MTC", null);
		Actor applicant = this.fixtures.newApplicant("VTE");
		String form = "{\"companyNameLo\":\"ບໍລິສັດ ທົດລອງ\",\"companyNameEn\":\"Test Company\",\"licenceType\":\"TA\","
				+ "\"model\":\"" + model + "\",\"manufacturerEn\":\"Acme\",\"equipmentClass\":\"short-range\","
				+ "\"bands\":\"2400-2483.5 MHz, 20 dBm\",\"declaredStandards\":\"ETSI EN 300 328 V2.2.2\"}";
		CaseFile draft = this.applications.draftNew(applicant, "TA", "VTE", form);
		for (String type : List.of("test-report", "declaration-of-conformity")) {
			this.documents.store(applicant, draft.getId(), type, type + ".png", png());
		}
		CaseFile submitted = this.workflow.submit(applicant, draft.getCaseNumber());
		this.fixtures.completeTask(engineer, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		this.fixtures.completeTask(engineer, submitted.getCaseNumber(), "userTask_assessEquipment", "compliant", null);
		this.fixtures.completeTask(engineer, submitted.getCaseNumber(), STUDY, "recommend-approve",
				"Meets the band plan.");
		this.fixtures.completeTask(ministryLeader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
	}

	private String issuedLicence() {
		Actor holder = this.fixtures.newApplicant("VTE");
		Actor ict = this.fixtures.staff("ins.tech.vte", Role.SECTION_OFFICER, "VTE", "TECH");
		CaseFile draft = this.fixtures.draft(holder, "ICT-SOFT", "VTE");
		CaseFile submitted = this.workflow.submit(holder, draft.getCaseNumber());
		this.fixtures.completeTask(ict, submitted.getCaseNumber(), "userTask_checkCompleteness", "complete", null);
		this.fixtures.completeTask(ict, submitted.getCaseNumber(), STUDY, "recommend-approve", "In order.");
		this.fixtures.completeTask(this.leader, submitted.getCaseNumber(), DECIDE, "approve", "Approved.");
		this.fixtures.payFee(holder, submitted);
		return this.fixtures.licenceIssuedBy(this.caseFiles.caseById(submitted.getId()));
	}

	private ProcessInstance process(String caseNumber) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseNumber)
			.processDefinitionKey("inspection-findings")
			.singleResult();
	}

}

package la.anuyat.equipment.process;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.equipment.AssessmentOutcome;
import la.anuyat.equipment.BandAssessment;
import la.anuyat.equipment.BandResult;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.equipment.TypeApproval;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engineer's step of an equipment type approval (equipment-assessment.bpmn, called by
 * the licence application because the type's catalogue row names it): the bands are
 * checked against the allocation table and the power limits of
 * equipment-power-limits.dmn, the engineer concludes, review-and-decide follows, and the
 * approval gives the model its approval number under the manufacturer's permanent grantee
 * code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class EquipmentAssessmentProcessTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CHECK = "userTask_checkCompleteness";

	private static final String ASSESS = "userTask_assessEquipment";

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private LicenceApplications applications;

	@Autowired
	private CaseDocuments documents;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private EquipmentService equipment;

	@Autowired
	private ProcessEngine engine;

	private Actor engineer;

	private Actor leader;

	@BeforeEach
	void setUp() {
		this.engineer = this.fixtures.staff("officer.mtc", Role.SECTION_OFFICER, "MTC", null);
		this.leader = this.fixtures.staff("leader.mtc", Role.LEADERSHIP, "MTC", null);
	}

	@Test
	void checksEachBandAndApprovesACompliantModelUnderTheManufacturersGranteeCode() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile first = submitted(applicant, "Mekong Wave 100", "Acme Radio Co., Ltd.",
				"2400-2483.5 MHz, 20 dBm\n5150-5350 MHz, 23 dBm", "short-range");
		completeTask(this.engineer, first, CHECK, "complete", null);

		TypeApproval checked = this.equipment.typeApprovalOf(first.getId()).orElseThrow();
		assertThat(checked.getAllocationEdition()).isEqualTo("LA-NFAT-2026");
		assertThat(checked.getBands()).extracting(BandAssessment::getResult)
			.containsExactly(BandResult.COMPLIES, BandResult.COMPLIES);
		assertThat(checked.getBands()).extracting(BandAssessment::getLimitDbm).containsExactly(20.0, 23.0);
		assertThat(checked.getBands().get(0).allocation().en()).contains("RLAN 2.4 GHz");
		// the engineer's task is the ministry's, where the routing table sends type
		// approvals
		assertThat(openTaskKeys(first)).containsExactly(ASSESS);
		assertThat(this.workflow.tasksOfCase(this.engineer, first.getCaseNumber())).extracting(WorkItem::authorityCode)
			.containsOnly("MTC");

		completeTask(this.engineer, first, ASSESS, "compliant", null);
		assertThat(this.equipment.typeApprovalOf(first.getId()).orElseThrow().getOutcome())
			.isEqualTo(AssessmentOutcome.COMPLIANT);
		assertThat(openTaskKeys(first)).as("review and decide follow, as for any licence").containsExactly(STUDY);
		approve(first);

		RegisteredEquipment entry = this.equipment.approvedEquipmentOf(first.getCompanyId()).get(0);
		assertThat(entry.getModel()).isEqualTo("Mekong Wave 100");
		assertThat(entry.getBands()).isEqualTo("2400–2483.5 MHz; 5150–5350 MHz");
		assertThat(entry.getApprovalNumber()).isEqualTo(entry.getGranteeCode() + "-MEKONG-WAVE-100")
			.matches("G\\d{4}-MEKONG-WAVE-100");
		assertThat(this.caseFiles.caseById(first.getId()).getReferences()).contains(entry.getApprovalNumber());

		// the same manufacturer, however it writes its name, keeps its grantee code
		CaseFile second = submitted(this.fixtures.newApplicant("VTE"), "Mekong Wave 200", "ACME RADIO CO LTD",
				"5725-5850 MHz, 30 dBm", "short-range");
		completeTask(this.engineer, second, CHECK, "complete", null);
		completeTask(this.engineer, second, ASSESS, "compliant", null);
		approve(second);
		RegisteredEquipment secondEntry = this.equipment.approvedEquipmentOf(second.getCompanyId()).get(0);
		assertThat(secondEntry.getGranteeCode()).isEqualTo(entry.getGranteeCode());
		assertThat(secondEntry.getApprovalNumber()).isEqualTo(entry.getGranteeCode() + "-MEKONG-WAVE-200");
	}

	@Test
	void aBandOverItsPowerLimitOrOutsideTheTableIsAcceptedOnlyWithAWrittenJustification() {
		CaseFile caseFile = submitted(this.fixtures.newApplicant("VTE"), "Strong Link X", "Nam Ngum Devices",
				"2400-2483.5 MHz, 27 dBm\n2000-2050 MHz, 20 dBm\n925-960 MHz, 40 dBm", "terminal");
		completeTask(this.engineer, caseFile, CHECK, "complete", null);

		TypeApproval checked = this.equipment.typeApprovalOf(caseFile.getId()).orElseThrow();
		assertThat(checked.getBands()).extracting(BandAssessment::getResult)
			.containsExactly(BandResult.OVER_POWER_LIMIT, BandResult.NOT_ALLOCATED, BandResult.OVER_POWER_LIMIT);
		assertThat(checked.getBands().get(2).getLimitDbm()).as("an IMT terminal, 3GPP power class 3").isEqualTo(25.0);
		assertThat(checked.getBands().get(1).allocation()).isNull();

		assertThatThrownBy(() -> completeTask(this.engineer, caseFile, ASSESS, "compliant", null))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.text().en()).contains("written justification"));
		assertThatThrownBy(() -> completeTask(this.engineer, caseFile, ASSESS, "accept-with-justification", " "))
			.isInstanceOf(InvalidInputException.class);
		assertThat(openTaskKeys(caseFile)).containsExactly(ASSESS);

		completeTask(this.engineer, caseFile, ASSESS, "accept-with-justification",
				"2000-2050 MHz is only received; 27 dBm is measured conducted, EIRP below 20 dBm.");
		TypeApproval accepted = this.equipment.typeApprovalOf(caseFile.getId()).orElseThrow();
		assertThat(accepted.getOutcome()).isEqualTo(AssessmentOutcome.ACCEPTED_WITH_JUSTIFICATION);
		assertThat(accepted.getJustification()).startsWith("2000-2050 MHz is only received");
		assertThat(accepted.getAssessedBy()).isEqualTo("officer.mtc");
		assertThat(this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.variableName("assessmentOutcome")
			.processInstanceId(caseFile.getProcessInstanceId() != null ? caseFile.getProcessInstanceId()
					: this.caseFiles.caseById(caseFile.getId()).getProcessInstanceId())
			.singleResult()
			.getValue()).as("the licence application reads the conclusion back").isEqualTo("accept-with-justification");
		assertThat(openTaskKeys(caseFile)).containsExactly(STUDY);
	}

	@Test
	void refusesToSubmitBandsItCannotRead() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile draft = draft(applicant, "Odd One", "Odd Devices", "somewhere around 2.4 GHz, 20 dBm", "other");
		assertThatThrownBy(() -> this.workflow.submit(applicant, draft.getCaseNumber()))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.text().en()).contains("Cannot read the band \"somewhere around 2.4 GHz, 20 dBm\"");
				assertThat(ex.text().lo()).contains("ອ່ານແຖບຄວາມຖີ່ບໍ່ໄດ້");
			});
		assertThat(this.caseFiles.caseById(draft.getId()).getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	private CaseFile submitted(Actor applicant, String model, String manufacturer, String bands, String classCode) {
		CaseFile draft = draft(applicant, model, manufacturer, bands, classCode);
		return this.workflow.submit(applicant, draft.getCaseNumber());
	}

	private CaseFile draft(Actor applicant, String model, String manufacturer, String bands, String classCode) {
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ທົດລອງ")
			.put("companyNameEn", "Test Company")
			.put("licenceType", "TA")
			.put("model", model)
			.put("manufacturerEn", manufacturer)
			.put("equipmentClass", classCode)
			.put("bands", bands)
			.put("declaredStandards", "ETSI EN 300 328 V2.2.2");
		CaseFile draft = this.applications.draftNew(applicant, "TA", "VTE", form.toString());
		for (String type : List.of("test-report", "declaration-of-conformity")) {
			this.documents.store(applicant, draft.getId(), type, type + ".png", png());
		}
		return draft;
	}

	private void approve(CaseFile caseFile) {
		completeTask(this.engineer, caseFile, STUDY, "recommend-approve", "Meets the band plan.");
		completeTask(this.leader, caseFile, DECIDE, "approve", "Approved.");
		assertThat(this.caseFiles.caseById(caseFile.getId()).getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(this.fixtures.licenceIssuedBy(this.caseFiles.caseById(caseFile.getId()))).isNotNull();
	}

	private void completeTask(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseFile.getCaseNumber())
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open task " + taskKey + " for " + actor.username()));
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	private List<String> openTaskKeys(CaseFile caseFile) {
		return this.workflow.openTasksOfCase(caseFile.getId()).stream().map(WorkItem::taskKey).toList();
	}

	private static byte[] png() {
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

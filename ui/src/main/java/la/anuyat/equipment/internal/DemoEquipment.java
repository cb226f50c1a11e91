package la.anuyat.equipment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.identity.Actor;
import la.anuyat.licence.intake.DocumentChecklistState;
import la.anuyat.licence.intake.LicenceIntake;
import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.PartyService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A few type-approved models in the public equipment register for the demo, so that
 * {@code /equipment} is not empty on first start: a Wi-Fi access point, a VHF and a UHF
 * hand-held radio and a 4G phone, imported by the demo applicant. Each goes the way a
 * real one goes: the application with its test report, the band check against the
 * allocation table in force, the engineer's assessment, the study and the decision; on
 * issue the model gets its approval number under its manufacturer's grantee code. A model
 * already in the register, or already applied for, is left alone, so a restart adds
 * nothing. {@code anuyat.demo.equipment=false} leaves the register empty (the tests do,
 * to keep the register they count on).
 */
@Component
@Profile("demo")
class DemoEquipment {

	private static final Logger log = LoggerFactory.getLogger(DemoEquipment.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Who takes the demo applications through: the ministry's engineer and its head. */
	private static final String ENGINEER = "officer.mtc";

	private static final String DECIDER = "leader.mtc";

	static final List<Model> MODELS = List.of(
			new Model("AirEngine 5761-11", "ບໍລິສັດ ຫົວເຫວີຍ ເທັກໂນໂລຢີ ຈຳກັດ", "Huawei Technologies Co., Ltd.",
					"short-range", "2400-2483.5 MHz, 20 dBm\n5150-5350 MHz, 23 dBm",
					"ETSI EN 300 328; ETSI EN 301 893; IEC 62368-1"),
			new Model("DP4400e VHF", "ບໍລິສັດ ໂມໂຕໂຣລາ ໂຊລູຊັນ", "Motorola Solutions, Inc.", "terminal",
					"150.05-156.4875 MHz, 37 dBm", "ETSI EN 300 086; ETSI EN 300 113; ETSI EN 301 489-5"),
			new Model("HP785 UHF", "ບໍລິສັດ ໄຮເທຣາ ຄອມມູນິເຄຊັນ ຈຳກັດ", "Hytera Communications Corp., Ltd.", "terminal",
					"450-470 MHz, 37 dBm", "ETSI EN 300 086; ETSI EN 301 489-5"),
			new Model("Galaxy A55 5G (SM-A556E)", "ບໍລິສັດ ຊຳຊຸງ ອີເລັກໂທຣນິກສ໌ ຈຳກັດ", "Samsung Electronics Co., Ltd.",
					"terminal", "1710-1785 MHz, 25 dBm\n2400-2483.5 MHz, 20 dBm\n2500-2690 MHz, 25 dBm",
					"3GPP TS 36.521-1; ETSI EN 301 908-1; ETSI EN 300 328"));

	private final LicenceIntake intake;

	private final CaseWorkflow workflow;

	private final CaseFileService cases;

	private final EquipmentService equipment;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final boolean enabled;

	DemoEquipment(LicenceIntake intake, CaseWorkflow workflow, CaseFileService cases, EquipmentService equipment,
			PartyService parties, AuthorityService authorities,
			@Value("${anuyat.demo.equipment:true}") boolean enabled) {
		this.intake = intake;
		this.workflow = workflow;
		this.cases = cases;
		this.equipment = equipment;
		this.parties = parties;
		this.authorities = authorities;
		this.enabled = enabled;
	}

	/** After the demo users exist (they are made by the start-up runners). */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			seed();
		}
	}

	/**
	 * Takes every model not yet applied for to the register; returns how many it took.
	 */
	int seed() {
		ApplicantAccount account = this.parties.accountByUsername("applicant").orElse(null);
		if (account == null) {
			return 0;
		}
		Actor applicant = account.toActor();
		List<CaseFile> applied = this.cases.casesOf(applicant);
		int added = 0;
		for (Model model : MODELS) {
			if (this.equipment.approvedModel(model.model()).isPresent() || applied.stream()
				.anyMatch((one) -> one.getFormData() != null && one.getFormData().contains(model.model()))) {
				continue;
			}
			approve(applicant, model);
			added++;
		}
		if (added > 0) {
			log.info("Demo equipment: {} type-approved model(s) added to the public register", added);
		}
		return added;
	}

	private void approve(Actor applicant, Model model) {
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", "TA")
			.put("model", model.model())
			.put("manufacturerLo", model.manufacturerLo())
			.put("manufacturerEn", model.manufacturerEn())
			.put("equipmentClass", model.equipmentClass())
			.put("bands", model.bands())
			.put("declaredStandards", model.standards());
		String caseNumber = this.intake.draft(applicant, "TA", "VTE", form).getCaseNumber();
		DocumentChecklistState checklist = this.intake.checklist(applicant, caseNumber);
		for (DocumentChecklistState.Entry entry : checklist.required()) {
			if (!entry.present()) {
				String type = entry.document().type();
				this.intake.attach(applicant, caseNumber, type, type + ".pdf",
						pdf(model.manufacturerEn() + " " + model.model() + ": " + type + ". Bands: "
								+ model.bands().replace('\n', ';') + ". Standards: " + model.standards()
								+ ". Result: pass."));
			}
		}
		this.intake.submit(applicant, caseNumber);
		Actor engineer = staff(ENGINEER);
		complete(engineer, caseNumber, "userTask_checkCompleteness", "complete", null);
		complete(engineer, caseNumber, "userTask_assessEquipment", "compliant", null);
		complete(engineer, caseNumber, "userTask_studyApplication", "recommend-approve",
				"Every band lies in the allocation table and within its power limit.");
		complete(staff(DECIDER), caseNumber, "userTask_decideApplication", "approve", "Approved.");
	}

	private void complete(Actor actor, String caseNumber, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseNumber)
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(taskKey + " of " + caseNumber + " is not open"));
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	private Actor staff(String username) {
		return this.authorities.staffByUsername(username).map(StaffMember::toActor).orElseThrow();
	}

	/** A one-page test report, so that its text is extracted and searchable. */
	static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Model(String model, String manufacturerLo, String manufacturerEn, String equipmentClass, String bands,
			String standards) {
	}

}

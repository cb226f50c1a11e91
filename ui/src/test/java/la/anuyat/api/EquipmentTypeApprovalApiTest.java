package la.anuyat.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient.Answer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An equipment type approval through the REST API from the draft to the public register
 * (Lucene): the test report's text is searchable by officers, the ministry's engineer
 * concludes on the band check, review and decide approve it, the signed certificate
 * prints the approval number, the public finds the model by model and by manufacturer in
 * Lao and in English, confidential exhibits stay withheld, the company page lists the
 * model, and an import permit names approved models only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-equipment;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/equipment" })
class EquipmentTypeApprovalApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void takesATypeApprovalToThePublicRegisterAndRefusesAnImportOfAModelNotApproved() throws Exception {
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		String model = "MW-" + marker;
		ApiClient applicant = as("applicant", null);
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", "TA")
			.put("model", model)
			.put("manufacturerLo", "ບໍລິສັດ ແມ່ນ້ຳຂອງ ວິທະຍຸ")
			.put("manufacturerEn", "Mekong Radio Manufacturing")
			.put("equipmentClass", "short-range")
			.put("bands", "2400-2483.5 MHz, 20 dBm\n5150-5350 MHz, 23 dBm")
			.put("declaredStandards", "ETSI EN 300 328; ETSI EN 301 893")
			.put("exhibitsWithheldUntil", LocalDate.now().plusDays(90).toString());
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", "TA", "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		String documents = "/api/v1/applications/" + caseNumber + "/documents";
		String reportWord = "spuriousemission" + marker;
		assertThat(applicant
			.upload(documents, "test-report.pdf", ApiClient.pdf("Test report " + reportWord + " passed"), "test-report")
			.status()).isEqualTo(201);
		assertThat(applicant.upload(documents, "inside.png", ApiClient.png(), "internal-photos").status())
			.isEqualTo(201);
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

		ApiClient engineer = as("officer.mtc", null);
		// the test report's text, extracted from the PDF, finds the case
		Answer byReport = engineer.get("/api/v1/search?q=" + reportWord);
		assertThat(byReport.status()).as(byReport.toString()).isEqualTo(200);
		assertThat(byReport.json().path("hits").findValuesAsText("caseNumber")).containsExactly(caseNumber);

		engineer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		// the engineer reads the band check on the case
		JsonNode assessment = engineer.get("/api/v1/cases/" + caseNumber).json().path("equipmentAssessment");
		assertThat(assessment.path("allocationTable").asText()).isEqualTo("LA-NFAT-2026");
		assertThat(assessment.path("bands").findValuesAsText("result")).containsExactly("COMPLIES", "COMPLIES");
		engineer.completeTask(caseNumber, "userTask_assessEquipment", "compliant", null);
		engineer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve",
				"Both bands comply with the allocation table and their limits.");
		as("leader.mtc", null).completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");

		JsonNode approved = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = approved.path("licenceNumber").asText();

		// found in the public register, without signing in, by model and by manufacturer
		JsonNode byModel = anonymous().get("/api/v1/equipment?q=" + model).json();
		assertThat(byModel.path("entries")).hasSize(1);
		JsonNode entry = byModel.path("entries").get(0);
		String approvalNumber = entry.path("approvalNumber").asText();
		assertThat(approvalNumber).matches("G\\d{4}-MW-" + marker.toUpperCase());
		assertThat(List.of(entry.path("bands").get(0).asText(), entry.path("bands").get(1).asText()))
			.containsExactly("2400–2483.5 MHz", "5150–5350 MHz");
		assertThat(entry.has("holderCompanyId")).as("public fields only").isFalse();
		assertThat(approvalNumbers("Mekong Television")).as("every word must match").isEmpty();
		assertThat(approvalNumbers("Mekong Radio Manufacturing")).contains(approvalNumber);
		assertThat(approvalNumbers("ແມ່ນ້ຳຂອງ")).contains(approvalNumber);
		assertThat(approvalNumbers(approvalNumber)).containsExactly(approvalNumber);
		assertThat(approvalNumbers("5150")).as("by a band edge").contains(approvalNumber);

		// the internal photos stay withheld for the 90 days asked; the test report is
		// public
		JsonNode detail = anonymous().get("/api/v1/equipment/" + approvalNumber).json();
		assertThat(detail.path("exhibits").findValuesAsText("documentType")).contains("test-report")
			.doesNotContain("internal-photos");
		assertThat(detail.path("equipment").path("exhibitsWithheldUntil").asText())
			.isEqualTo(LocalDate.now().plusDays(90).toString());
		Answer report = anonymous().get(detail.path("exhibits").get(0).path("url").asText(), MediaType.ALL);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);

		// the signed certificate prints the approval number and the bands
		Answer certificate = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(certificate.body())) {
			assertThat(document.getSignatureDictionaries()).as("signed as licences are").isNotEmpty();
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Equipment Type Approval Certificate", approvalNumber, model,
					"Mekong Radio Manufacturing", "2400–2483.5 MHz");
		}

		// the company page lists the approved model
		JsonNode company = applicant.get("/api/v1/companies/mine").json();
		assertThat(company.path("equipment").findValuesAsText("approvalNumber")).contains(approvalNumber);

		// an import permit for a model that is not approved is refused by the model's
		// name
		ObjectNode permit = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", "IMPORT")
			.put("models", approvalNumber + "\nPhantom X9 " + marker)
			.put("quantity", 200)
			.put("portOfEntry", "Friendship Bridge 1");
		String permitCase = applicant
			.post("/api/v1/applications", Map.of("licenceType", "IMPORT", "province", "VTE", "form", permit))
			.json()
			.path("caseNumber")
			.asText();
		applicant.uploadMissingDocuments(permitCase);
		Answer refusedEn = applicant.post("/api/v1/applications/" + permitCase + "/submit", null);
		assertThat(refusedEn.status()).as(refusedEn.toString()).isEqualTo(400);
		assertThat(refusedEn.json().path("code").asText()).isEqualTo("import.modelNotApproved");
		assertThat(refusedEn.json().path("detail").asText()).contains("Phantom X9 " + marker, "not type-approved");
		Answer refusedLo = as("applicant", "lo").post("/api/v1/applications/" + permitCase + "/submit", null);
		assertThat(refusedLo.status()).isEqualTo(400);
		assertThat(refusedLo.json().path("detail").asText()).contains("Phantom X9 " + marker, "ບໍ່ໄດ້ຮັບການຢັ້ງຢືນ");

		permit.put("models", approvalNumber + "\n" + model.toLowerCase());
		assertThat(applicant.put("/api/v1/applications/" + permitCase + "/form", permit).status()).isEqualTo(200);
		Answer accepted = applicant.post("/api/v1/applications/" + permitCase + "/submit", null);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
	}

	@Test
	void thePublicRegisterPageOpensWithoutSigningIn() {
		Answer page = anonymous().get("/equipment", MediaType.TEXT_HTML);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
	}

	private List<String> approvalNumbers(String query) {
		Answer found = anonymous().get("/api/v1/equipment?q=" + query);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("entries").findValuesAsText("approvalNumber");
	}

	private ApiClient as(String username, String language) {
		return ApiClient.as(this.port, username, "demo", language);
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

}

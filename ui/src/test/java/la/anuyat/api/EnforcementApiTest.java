package la.anuyat.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
 * An enforcement case through the API as the Administration, Organisation and Inspection
 * section works it: opened by its officer, warned (a signed letter), recorded, a seizure
 * proposed and decided, the items released and destroyed, then followed up; and the
 * refusals: another province, steps out of order, bad input, with nothing stored. Shares
 * its application context with {@link LicenceChangeApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class EnforcementApiTest {

	@LocalServerPort
	int port;

	@Test
	void seizesIllegalEquipmentThenReleasesAndDestroysItAndFollowsUp() throws Exception {
		ApiClient officer = as("enforce.vte");
		long companyId = as("applicant").get("/api/v1/companies/mine").json().path("id").asLong();

		Answer opened = officer.post("/api/v1/enforcement", Map.of("origin", "INSPECTION", "companyId", companyId,
				"violation", "FM transmitters without type approval offered for sale"));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String caseNumber = opened.json().path("caseNumber").asText();
		assertThat(caseNumber).startsWith("ENF-VTE-");
		assertThat(as("officer.lpb").get("/api/v1/enforcement/" + caseNumber).status()).as("another province")
			.isEqualTo(404);
		assertThat(as("applicant").get("/api/v1/enforcement/" + caseNumber).status()).as("the company concerned")
			.isEqualTo(200);

		Answer outOfOrder = officer.post("/api/v1/enforcement/" + caseNumber + "/record",
				Map.of("findings", "x", "place", "y", "present", "z"));
		assertThat(outOfOrder.status()).as(outOfOrder.toString()).isEqualTo(409);
		assertThat(outOfOrder.json().path("code").asText()).isEqualTo("enforcement.notThisStep");
		Answer empty = officer.post("/api/v1/enforcement/" + caseNumber + "/warning", Map.of("text", "  "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(officer.get("/api/v1/enforcement/" + caseNumber).json().path("warning").isNull())
			.as("nothing stored")
			.isTrue();

		Answer warned = officer.post("/api/v1/enforcement/" + caseNumber + "/warning",
				Map.of("text", "ຢຸດຂາຍເຄື່ອງສົ່ງສັນຍານທີ່ບໍ່ໄດ້ຮັບການຢັ້ງຢືນ / Stop selling unapproved transmitters."));
		assertThat(warned.status()).as(warned.toString()).isEqualTo(200);
		Answer letter = officer.get("/api/v1/enforcement/" + caseNumber + "/warning.pdf", MediaType.APPLICATION_PDF);
		assertThat(letter.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			assertThat(pdf.getSignatureDictionaries()).hasSize(1);
			assertThat(new PDFTextStripper().getText(pdf)).contains("Warning letter", caseNumber);
		}

		assertThat(officer.post("/api/v1/enforcement/" + caseNumber + "/record",
				Map.of("findings", "Eight FM transmitters TX-100 without approval", "place", "Shop 3, Samsenthai Road",
						"present", "Two officers and the shop manager", "representative", "Ms Keo"))
			.status()).isEqualTo(200);
		JsonNode recorded = officer.get("/api/v1/enforcement/" + caseNumber).json();
		assertThat(recorded.path("suggestedMeasure").asText()).isEqualTo("FINE");
		assertThat(recorded.path("recordPdf").asText()).endsWith("/record.pdf");

		Answer badMeasure = officer.post("/api/v1/enforcement/" + caseNumber + "/measure",
				Map.of("measure", "SEIZE_EVERYTHING", "grounds", "x"));
		assertThat(badMeasure.status()).isEqualTo(400);
		Answer noItems = officer.post("/api/v1/enforcement/" + caseNumber + "/measure",
				Map.of("measure", "SEIZURE", "grounds", "Not type-approved"));
		assertThat(noItems.status()).isEqualTo(400);
		assertThat(noItems.json().toString()).contains("items");
		Answer proposed = officer.post("/api/v1/enforcement/" + caseNumber + "/measure",
				Map.of("measure", "SEIZURE", "grounds", "Not type-approved", "items",
						List.of(Map.of("description", "FM transmitter", "model", "TX-100", "quantity", 8, "heldAt",
								"Department store room 2"),
								Map.of("description", "Antenna", "quantity", 8, "heldAt", "Department store room 2"))));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "The record supports it.");
		as("leader.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Seize.");

		JsonNode decided = officer.get("/api/v1/enforcement/" + caseNumber).json();
		long transmitters = decided.path("seizedItems").get(0).path("id").asLong();
		long antennas = decided.path("seizedItems").get(1).path("id").asLong();
		assertThat(officer
			.post("/api/v1/enforcement/" + caseNumber + "/seized-items/" + antennas + "/release",
					Map.of("text", "Antennas need no approval"))
			.status()).isEqualTo(200);
		assertThat(officer
			.post("/api/v1/enforcement/" + caseNumber + "/seized-items/" + antennas + "/destroy",
					Map.of("text", "Again"))
			.status()).as("already released").isEqualTo(409);
		assertThat(officer
			.post("/api/v1/enforcement/" + caseNumber + "/seized-items/" + transmitters + "/destroy",
					Map.of("text", "Destroyed before two witnesses"))
			.status()).isEqualTo(200);
		officer.completeTask(caseNumber, "userTask_followUp", "compliant", null);

		JsonNode closed = officer.get("/api/v1/enforcement/" + caseNumber).json();
		assertThat(closed.path("followUp").asText()).isEqualTo("compliant");
		assertThat(closed.path("seizedItems").findValuesAsText("status")).containsExactly("DESTROYED", "RELEASED");
		JsonNode theCase = officer.get("/api/v1/cases/" + caseNumber).json();
		assertThat(theCase.path("enforcement").asText()).isEqualTo("/api/v1/enforcement/" + caseNumber);
	}

	@Test
	void refusesAnotherProvinceAndAnUnknownCompany() {
		long companyId = as("applicant").get("/api/v1/companies/mine").json().path("id").asLong();
		Answer otherProvince = as("officer.lpb").post("/api/v1/enforcement",
				Map.of("origin", "OFFICER", "authorityCode", "VTE", "companyId", companyId, "violation", "x"));
		assertThat(otherProvince.status()).isEqualTo(403);
		Answer unknown = as("enforce.vte").post("/api/v1/enforcement",
				Map.of("origin", "OFFICER", "companyId", 999999, "violation", "x"));
		assertThat(unknown.status()).isEqualTo(404);
		Answer noViolation = as("enforce.vte").post("/api/v1/enforcement",
				Map.of("origin", "OFFICER", "companyId", companyId));
		assertThat(noViolation.status()).isEqualTo(400);
		assertThat(as("applicant")
			.post("/api/v1/enforcement", Map.of("origin", "OFFICER", "companyId", companyId, "violation", "x"))
			.status()).isEqualTo(403);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

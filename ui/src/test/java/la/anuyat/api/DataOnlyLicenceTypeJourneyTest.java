package la.anuyat.api;

import java.time.LocalDate;
import java.time.Year;
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
 * A licence type defined only as data of the tests, never named in the product: a
 * catalogue row ({@code db/testtypes/R__test_licence_types.sql}, added to Flyway's
 * locations here) and a form file ({@code forms/drone-services-licence.form}), in the
 * test resources. It goes the whole way through the REST API: draft, documents, submit,
 * check, study, decide, and a certificate that carries its own title and the answers its
 * form tags for the certificate; its form's searchable field finds the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class DataOnlyLicenceTypeJourneyTest {

	private static final String TYPE = "DRONE-SVC";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void appliesForALicenceTypeDefinedOnlyInDataAndGetsItsOwnCertificate() throws Exception {
		Answer type = anonymous().get("/api/v1/licence-types/" + TYPE);
		assertThat(type.status()).as(type.toString()).isEqualTo(200);
		assertThat(type.json().path("form").path("id").asText()).isEqualTo("drone-services-licence");
		assertThat(type.json().path("requiredDocuments").findValuesAsText("type")).containsExactly("pilot-licences");
		// the form's licence-type list is the catalogue's, for the types the form serves
		assertThat(optionValues(type.json().path("form"), "licenceType")).containsExactly(TYPE);

		ApiClient applicant = as("applicant");
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", TYPE)
			.put("droneModels", "Skyhawk X4 " + marker)
			.put("flightArea", "rural")
			.put("pilots", 3);
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", TYPE, "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(caseNumber).as("numbered with the catalogue's prefix").matches("DRN-VTE-" + Year.now() + "-\\d{6}");

		Answer refused = applicant.post("/api/v1/applications/" + caseNumber + "/submit", null);
		assertThat(refused.status()).as("the form's own checklist: " + refused).isIn(400, 409, 422);
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");

		ApiClient officer = as("officer.vte");
		// the search index takes the fields the type's form tags as searchable
		Answer found = officer.get("/api/v1/search?q=" + marker);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		assertThat(found.json().path("hits").findValuesAsText("caseNumber")).containsExactly(caseNumber);

		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve",
				"Pilots and drones meet the requirements.");
		as("deputy.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");

		JsonNode approved = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = approved.path("licenceNumber").asText();
		JsonNode licence = applicant.get("/api/v1/licences/" + licenceNumber).json();
		assertThat(licence.path("licenceType").asText()).isEqualTo(TYPE);
		assertThat(licence.path("validUntil").asText()).as("the Technology & Innovation section's 36 months")
			.isEqualTo(LocalDate.now().plusMonths(36).minusDays(1).toString());

		Answer certificate = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(certificate.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("ໃບອະນຸຍາດດຳເນີນທຸລະກິດບໍລິການໂດຣນ", "Drone Services Business Licence", licenceNumber,
						"ບໍລິການຖ່າຍພາບທາງອາກາດດ້ວຍໂດຣນ", "Lao Digital Co., Ltd.")
				.doesNotContain("ICT Business Licence");
			// the rows the form tags for the certificate, as a reader reads them
			assertThat(text)
				.contains("ລຸ້ນໂດຣນທີ່ໃຊ້", "Drone models flown", "Skyhawk X4 " + marker, "ເຂດການບິນ", "Flight area",
						"ນອກຕົວເມືອງ", "Rural areas")
				.doesNotContain("Number of pilots");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Drone Services Business Licence " + licenceNumber);
		}
		assertThat(
				anonymous().get("/verify/" + licenceNumber, MediaType.APPLICATION_JSON).json().path("status").asText())
			.isEqualTo("VALID");
	}

	@Test
	void theSeededIctTypesKeepTheirFormAndListOnlyTheTypesTheFormServes() {
		for (String code : new String[] { "ICT-ISP1", "ICT-SOFT", "ICT-INST" }) {
			Answer type = anonymous().get("/api/v1/licence-types/" + code);
			assertThat(type.status()).as(type.toString()).isEqualTo(200);
			assertThat(type.json().path("form").path("id").asText()).isEqualTo("ict-business-licence");
			assertThat(optionValues(type.json().path("form"), "licenceType")).hasSize(9)
				.allMatch((value) -> value.startsWith("ICT-"))
				.doesNotContain(TYPE);
		}
	}

	private static java.util.List<String> optionValues(JsonNode form, String key) {
		java.util.List<String> values = new java.util.ArrayList<>();
		collect(form.path("components"), key, values);
		return values;
	}

	private static void collect(JsonNode components, String key, java.util.List<String> into) {
		for (JsonNode component : components) {
			if (key.equals(component.path("key").asText())) {
				component.path("values").forEach((value) -> into.add(value.path("value").asText()));
			}
			collect(component.path("components"), key, into);
		}
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

}

package la.anuyat.api;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The Post and Communications section's licences — postal business, SIM-card dealer,
 * special number — each from application to certificate through the REST API, served by
 * catalogue rows, forms and DMN rows alone: a postal service of nationwide scope goes to
 * the ministry, one within a province to the province; the section's own officers get the
 * work and the Technology section's do not. Shares its application context with
 * {@link DataOnlyLicenceTypeJourneyTest} (the same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class PostAndCommunicationsLicenceJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void aNationwidePostalServiceIsLicensedByTheMinistryAndOneWithinAProvinceByTheProvince() throws Exception {
		String national = apply("POST", ApplicationForms.validPostalApplication("nationwide"));
		assertThat(national).matches("PST-VTE-" + Year.now() + "-\\d{6}");
		assertThat(as("post.vte").get("/api/v1/tasks?caseNumber=" + national).json()).as("not the province's work")
			.isEmpty();
		JsonNode licence = decide(national, "officer.mtc", "leader.mtc");
		assertThat(licence.path("authority").asText()).isEqualTo("MTC");
		assertThat(licence.path("validUntil").asText()).isEqualTo(monthsFromToday(60));
		assertThat(certificateText(licence)).contains("ໃບອະນຸຍາດດຳເນີນທຸລະກິດໄປສະນີ", "Postal Business Licence",
				"ທົ່ວປະເທດ", "Nationwide", "Parcels", "Express courier");

		String provincial = apply("POST", ApplicationForms.validPostalApplication("intra-provincial"));
		assertThat(as("officer.mtc").get("/api/v1/tasks?caseNumber=" + provincial).json()).isEmpty();
		JsonNode provincialLicence = decide(provincial, "post.vte", "deputy.vte");
		assertThat(provincialLicence.path("authority").asText()).isEqualTo("VTE");
		assertThat(certificateText(provincialLicence)).contains("ພາຍໃນແຂວງ", "Within one province");
	}

	@Test
	void aSimDealerIsLicensedByTheProvincesPostAndCommunicationsSection() throws Exception {
		String caseNumber = apply("SIM", ApplicationForms.validSimDealerApplication());
		assertThat(caseNumber).startsWith("SIM-VTE-");
		assertThat(as("officer.vte").get("/api/v1/tasks?caseNumber=" + caseNumber).json())
			.as("the Technology and Innovation section's officer does not get it")
			.isEmpty();
		JsonNode licence = decide(caseNumber, "post.vte", "deputy.vte");
		assertThat(licence.path("validUntil").asText()).isEqualTo(monthsFromToday(24));
		assertThat(certificateText(licence))
			.contains("ໃບອະນຸຍາດຕົວແທນຈຳໜ່າຍຊີມກາດ", "SIM-card Dealer Licence", "Lao Telecom (LTC)",
					"Unitel (Star Telecom)")
			.as("decided by the deputy under the demo's written delegation")
			.contains("acting head under delegation", "DTC-VTE 014/" + Year.now(), "ຮັກສາການແທນຫົວໜ້າ");

		// the province keeps its dealers' statistics by operator and district
		Answer statistics = as("post.vte").get("/api/v1/statistics/licences/SIM?authority=VTE");
		assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
		JsonNode crossed = statistics.json().path("crossed");
		assertThat(crossed.path("ຈັນທະບູລີ").path("LTC").asLong()).isPositive();
		assertThat(crossed.path("ຈັນທະບູລີ").path("UNITEL").asLong()).isPositive();
		assertThat(statistics.json().path("breakdowns").findValuesAsText("key")).as("in the form's order")
			.containsExactly("district", "operators");
		Answer csv = as("post.vte").get("/api/v1/statistics/licences/SIM?authority=VTE", MediaType.valueOf("text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("ຈັນທະບູລີ");
		assertThat(as("officer.lpb").get("/api/v1/statistics/licences/SIM?authority=VTE").status())
			.as("another province's statistics")
			.isEqualTo(403);
	}

	@Test
	void aSpecialNumberIsLicensedForAYearWithTheNumberOnItsCertificate() throws Exception {
		String caseNumber = apply("NUM", ApplicationForms.validSpecialNumberApplication("1555"));
		JsonNode licence = decide(caseNumber, "post.vte", "deputy.vte");
		assertThat(licence.path("validUntil").asText()).isEqualTo(monthsFromToday(12));
		assertThat(certificateText(licence)).contains("ໃບອະນຸຍາດນຳໃຊ້ເລກໝາຍພິເສດ", "Special Number Licence", "1555",
				"Customer service hotline", "Every quarter");
		Answer found = as("post.vte").get("/api/v1/search?q=1555");
		assertThat(found.json().path("hits").findValuesAsText("caseNumber")).contains(caseNumber);
	}

	@Test
	void refusesASpecialNumberThatIsNoShortCodeWithTheFieldNamed() {
		Answer refused = as("applicant").post("/api/v1/applications", Map.of("licenceType", "NUM", "province", "VTE",
				"form", ApplicationForms.validSpecialNumberApplication("020 5555 1234")));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().toString()).contains("specialNumber");
	}

	private String apply(String type, ObjectNode form) {
		ApiClient applicant = as("applicant");
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", type, "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return caseNumber;
	}

	/**
	 * Checks, studies and approves the case; returns its licence as the holder reads it.
	 */
	private JsonNode decide(String caseNumber, String officer, String leader) {
		ApiClient studier = as(officer);
		studier.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		studier.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve",
				"The company meets the requirements.");
		as(leader).completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");
		ApiClient applicant = as("applicant");
		assertThat(applicant.get("/api/v1/applications/" + caseNumber + "/invoice").json().path("amountKip").asLong())
			.as("the fee table has a row for the type")
			.isPositive();
		PaymentProvider.Sent paid = new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant,
				caseNumber);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		JsonNode approved = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(approved.path("status").asText()).as(approved.toString()).isEqualTo("APPROVED");
		Answer licence = applicant.get("/api/v1/licences/" + approved.path("licenceNumber").asText());
		assertThat(licence.status()).as(licence.toString()).isEqualTo(200);
		return licence.json();
	}

	private String certificateText(JsonNode licence) throws Exception {
		String number = licence.path("licenceNumber").asText();
		Answer certificate = as("applicant").get("/api/v1/licences/" + number + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(certificate.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String monthsFromToday(int months) {
		return LocalDate.now().plusMonths(months).minusDays(1).toString();
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

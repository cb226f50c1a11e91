package la.anuyat.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renewal and amendment through the API: a licence just issued is not yet renewable (its
 * renewal window opens before the end of its validity, which the process tests reach by
 * moving the clock); an amendment is drafted from the licence's answers, changed, decided
 * and paid, the licence keeps its number with the holder's new name, and the earlier
 * certificate file verifies as superseded while the new one is current. Shares its
 * application context with {@link DataOnlyLicenceTypeJourneyTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class LicenceChangeApiTest {

	@LocalServerPort
	int port;

	@Test
	void amendsAHoldersNameOnANewCertificateAndRefusesARenewalBeforeItsWindow() {
		ApiClient applicant = as("applicant");
		String original = apply(applicant);
		String licenceNumber = decideAndPay(applicant, original);
		byte[] earlier = certificate(applicant, licenceNumber);

		Answer tooEarly = applicant.post("/api/v1/licences/" + licenceNumber + "/renewal", null);
		assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
		assertThat(tooEarly.json().path("code").asText()).isEqualTo("licence.renewalNotOpen");
		assertThat(as("applicant2").post("/api/v1/licences/" + licenceNumber + "/amendment", null).status())
			.as("another company's licence")
			.isEqualTo(404);

		Answer drafted = applicant.post("/api/v1/licences/" + licenceNumber + "/amendment", null);
		assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
		assertThat(drafted.json().path("kind").asText()).isEqualTo("AMENDMENT");
		String amendment = drafted.json().path("caseNumber").asText();
		JsonNode carried = applicant.get("/api/v1/cases/" + amendment).json();
		assertThat(carried.path("applicationKind").asText()).isEqualTo("AMENDMENT");
		assertThat(carried.path("subjectLicenceNumber").asText()).isEqualTo(licenceNumber);
		// the applicant speaks for the holder of the licence the amendment is about
		assertThat(carried.path("parties").findValuesAsText("role")).containsExactly("APPLICANT", "HOLDER");
		assertThat(carried.path("parties").get(1).path("companyId").asLong())
			.isEqualTo(carried.path("parties").get(0).path("companyId").asLong());
		assertThat(carried.path("form").path("specialNumber").asText()).as("the licence's answers carried over")
			.isEqualTo("1888");
		assertThat(applicant.post("/api/v1/licences/" + licenceNumber + "/amendment", null).status())
			.as("one amendment at a time")
			.isEqualTo(409);

		ObjectNode changed = ((ObjectNode) carried.path("form")).deepCopy();
		changed.put("companyNameEn", "Lao Digital Services Co., Ltd.");
		Answer updated = applicant.put("/api/v1/applications/" + amendment + "/form", changed);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(applicant.submitWithDocuments(amendment).status()).isEqualTo(200);
		assertThat(decideAndPay(applicant, amendment)).as("the licence keeps its number").isEqualTo(licenceNumber);

		JsonNode licence = applicant.get("/api/v1/licences/" + licenceNumber).json();
		assertThat(licence.path("holderNameEn").asText()).isEqualTo("Lao Digital Services Co., Ltd.");
		byte[] current = certificate(applicant, licenceNumber);
		assertThat(verifyFile(earlier).path("outcome").asText()).isEqualTo("SUPERSEDED");
		assertThat(verifyFile(current).path("outcome").asText()).isEqualTo("CURRENT");
	}

	private String apply(ApiClient applicant) {
		Answer created = applicant.post("/api/v1/applications", Map.of("licenceType", "NUM", "province", "VTE", "form",
				ApplicationForms.validSpecialNumberApplication("1888")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		return caseNumber;
	}

	private String decideAndPay(ApiClient applicant, String caseNumber) {
		ApiClient officer = as("post.vte");
		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "In order.");
		as("leader.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant, caseNumber)
			.status()).isEqualTo(200);
		JsonNode decided = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(decided.path("status").asText()).as(decided.toString()).isEqualTo("APPROVED");
		return decided.path("licenceNumber").asText();
	}

	private byte[] certificate(ApiClient applicant, String licenceNumber) {
		Answer pdf = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate", MediaType.APPLICATION_PDF);
		assertThat(pdf.status()).isEqualTo(200);
		return pdf.body();
	}

	private JsonNode verifyFile(byte[] pdf) {
		Answer answer = ApiClient.as(this.port, null, null, null)
			.uploadFile("/verify", "certificate.pdf", pdf, MediaType.APPLICATION_JSON);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

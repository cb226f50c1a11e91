package la.anuyat.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company page through the API: the company's own applicant and the staff of its
 * province see its licences, cases and history; another company's applicant and another
 * province's staff do not. Shares its application context with
 * {@link DataOnlyLicenceTypeJourneyTest} (the same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class CompanyPageApiTest {

	@LocalServerPort
	int port;

	@Test
	void showsACompanysLicencesCasesAndHistoryToItselfAndToStaffWithJurisdictionOnly() {
		ApiClient applicant = as("applicant");
		Answer created = applicant.post("/api/v1/applications", Map.of("licenceType", "NUM", "province", "VTE", "form",
				ApplicationForms.validSpecialNumberApplication("1777")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("post.vte");
		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "In order.");
		as("leader.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant, caseNumber)
			.status()).isEqualTo(200);
		String licenceNumber = applicant.get("/api/v1/cases/" + caseNumber).json().path("licenceNumber").asText();

		Answer mine = applicant.get("/api/v1/companies/mine");
		assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
		JsonNode company = mine.json();
		assertThat(company.path("nameEn").asText()).isEqualTo("Lao Digital Co., Ltd.");
		assertThat(company.path("cases").findValuesAsText("caseNumber")).contains(caseNumber);
		assertThat(company.path("licences").findValuesAsText("licenceNumber")).contains(licenceNumber);
		assertThat(company.path("licences").findValuesAsText("standing")).contains("VALID");
		assertThat(company.path("history").findValuesAsText("caseNumber")).contains(caseNumber);
		assertThat(company.path("history").findValuesAsText("type")).contains("case.approved");

		long id = company.path("id").asLong();
		Answer byOfficer = as("officer.vte").get("/api/v1/companies/" + id);
		assertThat(byOfficer.status()).as("staff of the company's province").isEqualTo(200);
		assertThat(byOfficer.json().path("licences").findValuesAsText("licenceNumber")).contains(licenceNumber);
		assertThat(as("officer.lpb").get("/api/v1/companies/" + id).status()).as("another province's staff")
			.isEqualTo(404);
		assertThat(as("applicant2").get("/api/v1/companies/" + id).status()).as("another company").isEqualTo(404);
		assertThat(as("officer.vte").get("/api/v1/companies/999999").status()).isEqualTo(404);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

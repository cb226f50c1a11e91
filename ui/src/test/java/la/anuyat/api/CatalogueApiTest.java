package la.anuyat.api;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's catalogue through the API: every case type, including one defined
 * only in the test data, and the decision tables and processes as deployed. Shares its
 * application context with {@link DataOnlyLicenceTypeJourneyTest} (the same
 * configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class CatalogueApiTest {

	@LocalServerPort
	int port;

	@Test
	void showsAdministratorsEveryCaseTypeOfTheCatalogue() {
		Answer answer = as("admin").get("/api/v1/catalogue");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		JsonNode types = answer.json().path("caseTypes");
		JsonNode soft = byField(types, "code", "ICT-SOFT");
		assertThat(soft.path("family").asText()).isEqualTo("LICENCE");
		assertThat(soft.path("processKey").asText()).isEqualTo("licence-application");
		assertThat(soft.path("formId").asText()).isEqualTo("ict-business-licence");
		assertThat(soft.path("section").asText()).isEqualTo("TECH");
		assertThat(soft.path("casePrefix").asText()).isNotBlank();
		assertThat(soft.path("nameLo").asText()).isNotBlank();
		assertThat(soft.path("certificateTitleEn").asText()).isNotBlank();
		JsonNode suspension = byField(types, "code", "LIC-SUSPEND");
		assertThat(suspension.path("family").asText()).as("measures are case types too").isEqualTo("SANCTION");
		assertThat(suspension.path("processKey").asText()).isEqualTo("licence-sanction");
		JsonNode drone = byField(types, "code", "DRONE-SVC");
		assertThat(drone.path("formId").asText()).as("a type defined only as data").isEqualTo("drone-services-licence");
		assertThat(drone.path("certificateTitleEn").asText()).isEqualTo("Drone Services Business Licence");
	}

	@Test
	void rendersEachDeployedDecisionTableWithItsRulesInBothLanguages() {
		JsonNode catalogue = as("admin").get("/api/v1/catalogue").json();
		JsonNode decisions = catalogue.path("decisions");
		assertThat(decisions.findValuesAsText("key")).contains("licenceValidity", "licenceRouting",
				"sanctionResponseDays", "licenceExpiryReminders", "taskDueDate", "decisionReservedToHead");

		JsonNode response = byField(decisions, "key", "sanctionResponseDays");
		assertThat(response.path("resource").asText()).isEqualTo("sanction-response-days.dmn");
		assertThat(response.path("hitPolicy").asText()).isEqualTo("FIRST");
		assertThat(response.path("version").asInt()).isPositive();
		assertThat(response.path("descriptionLo").asText()).startsWith("ໄລຍະເວລາໃຫ້ຜູ້ຖືໃບອະນຸຍາດຕອບມາດຕະການ");
		assertThat(response.path("descriptionEn").asText()).startsWith("How many days a licensee has to respond");
		assertThat(texts(response.path("inputs"))).containsExactly("Measure", "Licence type");
		assertThat(texts(response.path("outputs"))).containsExactly("Response period (days)");
		JsonNode revoke = byField(response.path("rules"), "id", "rule_revoke");
		assertThat(texts(revoke.path("inputEntries"))).containsExactly("\"REVOKE\"", "");
		assertThat(texts(revoke.path("outputEntries"))).containsExactly("30");
		assertThat(revoke.path("descriptionLo").asText()).isEqualTo("ຖອນ");
		assertThat(revoke.path("descriptionEn").asText()).isEqualTo("Revocation: final, so the licensee has longer");

		JsonNode reminders = byField(decisions, "key", "licenceExpiryReminders");
		assertThat(reminders.path("hitPolicy").asText()).isEqualTo("COLLECT");
		assertThat(reminders.path("rules").size()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void linksEachDeployedProcessToItsPageInCockpit() {
		JsonNode processes = as("admin").get("/api/v1/catalogue").json().path("processes");
		assertThat(processes.findValuesAsText("key")).contains("licence-application", "licence-sanction",
				"licence-expiry", "review-and-decide", "request-information");
		JsonNode sanction = byField(processes, "key", "licence-sanction");
		assertThat(sanction.path("definitionId").asText()).startsWith("licence-sanction:");
		assertThat(sanction.path("cockpitUrl").asText())
			.endsWith("/camunda/app/cockpit/default/#/process-definition/" + sanction.path("definitionId").asText());
	}

	@Test
	void isForAdministratorsOnlyAndDescribedInOpenApi() {
		assertThat(as("officer.vte").get("/api/v1/catalogue").status()).isEqualTo(403);
		assertThat(as("applicant").get("/api/v1/catalogue").status()).isEqualTo(403);
		assertThat(anonymous().get("/api/v1/catalogue").status()).isEqualTo(401);
		JsonNode description = anonymous().get("/v3/api-docs").json();
		assertThat(description.path("paths").has("/api/v1/catalogue")).isTrue();
	}

	private static JsonNode byField(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (value.equals(item.path(field).asText())) {
				return item;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

	private static java.util.List<String> texts(JsonNode array) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		array.forEach((item) -> texts.add(item.asText()));
		return texts;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

}

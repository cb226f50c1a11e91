package la.anuyat.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A special number licence's usage reports through the API: issued, its first quarter
 * ends (the test runs the process's timer as the job executor would on that day), the
 * report is due, refused with reasons for bad figures, to another company and to staff,
 * accepted from the holder once, and seen by the province's officers with its figures.
 * Shares its application context with {@link DataOnlyLicenceTypeJourneyTest} (the same
 * configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class UsageReportApiTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void theHolderSubmitsADueReportOnceWithValidFiguresAndTheProvincesOfficersSeeIt() {
		ApiClient applicant = as("applicant");
		String licenceNumber = issuedSpecialNumberLicence(applicant, "1999");
		String reports = "/api/v1/licences/" + licenceNumber + "/usage-reports";
		Answer none = applicant.get(reports);
		assertThat(none.status()).as(none.toString()).isEqualTo(200);
		assertThat(none.json()).as("no quarter has ended yet").isEmpty();

		endTheFirstQuarter(licenceNumber);

		JsonNode due = applicant.get(reports).json();
		assertThat(due).hasSize(1);
		JsonNode report = due.get(0);
		assertThat(report.path("status").asText()).isEqualTo("DUE");
		LocalDate periodEnd = LocalDate.parse(report.path("periodEnd").asText());
		assertThat(LocalDate.parse(report.path("periodStart").asText()).plusMonths(3).minusDays(1))
			.isEqualTo(periodEnd);
		assertThat(report.path("dueDate").asText()).isEqualTo(periodEnd.plusDays(30).toString());
		String submit = reports + "/" + report.path("id").asLong();

		Answer wrongTypes = applicant.post(submit, Map.of("callsReceived", 12.5, "purposeUnchanged", "yes"));
		assertThat(wrongTypes.status()).as(wrongTypes.toString()).isEqualTo(400);
		assertThat(wrongTypes.json().path("errors").findValuesAsText("field")).containsExactly("callsReceived",
				"purposeUnchanged");
		Answer wrongFigures = applicant.post(submit, Map.of("callsReceived", -3, "purposeUnchanged", false));
		assertThat(wrongFigures.status()).as(wrongFigures.toString()).isEqualTo(400);
		assertThat(wrongFigures.json().path("code").asText()).isEqualTo("usageReport.invalid");
		assertThat(wrongFigures.json().path("errors").findValuesAsText("field")).containsExactly("callsReceived",
				"remarks");
		assertThat(wrongFigures.json().path("errors").findValuesAsText("messageLo"))
			.allMatch((text) -> !text.isBlank());
		assertThat(applicant.post(submit, null).json().path("errors").findValuesAsText("field"))
			.containsExactly("callsReceived", "purposeUnchanged");

		Map<String, Object> figures = Map.of("callsReceived", 4210, "purposeUnchanged", true, "remarks",
				"ສາຍດ່ວນບໍລິການລູກຄ້າເທົ່ານັ້ນ");
		Answer otherCompany = as("applicant2").post(submit, figures);
		assertThat(otherCompany.status()).as(otherCompany.toString()).isEqualTo(403);
		assertThat(as("post.vte").post(submit, figures).status()).as("staff do not report for the holder")
			.isEqualTo(403);
		assertThat(applicant.post(reports + "/999999", figures).status()).isEqualTo(404);

		Answer submitted = applicant.post(submit, figures);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("late").asBoolean()).isFalse();
		Answer again = applicant.post(submit, Map.of("callsReceived", 1, "purposeUnchanged", true));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().path("code").asText()).isEqualTo("usageReport.alreadySubmitted");

		Answer byOfficer = as("post.vte").get(reports);
		assertThat(byOfficer.status()).isEqualTo(200);
		assertThat(byOfficer.json().get(0).path("callsReceived").asLong()).isEqualTo(4210);
		assertThat(byOfficer.json().get(0).path("purposeUnchanged").asBoolean()).isTrue();
		assertThat(byOfficer.json().get(0).path("submittedBy").asText()).isEqualTo("applicant");
		assertThat(as("officer.lpb").get(reports).status()).as("another province's staff").isEqualTo(404);
		assertThat(as("applicant2").get(reports).status()).as("another company").isEqualTo(404);
		assertThat(this.auditTrail.entriesFor("licence", licenceNumber)).extracting(AuditEntry::getAction)
			.contains("usageReport.due", "usageReport.submitted");
	}

	private String issuedSpecialNumberLicence(ApiClient applicant, String number) {
		Answer created = applicant.post("/api/v1/applications", Map.of("licenceType", "NUM", "province", "VTE", "form",
				ApplicationForms.validSpecialNumberApplication(number)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("post.vte");
		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "In order.");
		as("leader.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant, caseNumber)
			.status()).isEqualTo(200);
		return applicant.get("/api/v1/cases/" + caseNumber).json().path("licenceNumber").asText();
	}

	/**
	 * Runs the timer of the licence's usage-reporting process that waits for the end of
	 * the first quarter, as the job executor does when that day comes.
	 */
	private void endTheFirstQuarter(String licenceNumber) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("usage-reporting")
			.processInstanceBusinessKey(licenceNumber)
			.singleResult();
		assertThat(instance).as("the usage-reporting process started with the licence").isNotNull();
		List<Job> timers = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId("timerEvent_periodEnded")
			.timers()
			.list();
		assertThat(timers).hasSize(1);
		this.management.executeJob(timers.get(0).getId());
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

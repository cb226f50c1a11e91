package la.anuyat.journey;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.ApplicationForms;
import la.anuyat.api.PaymentProvider;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A special number's usage report on the company page: the holder sees the report of the
 * quarter that ended, is told on the fields what is missing, submits the figures, and the
 * province's Post and Communications officer sees them on the same page. The quarter ends
 * by running the process's timer as the job executor does on that day. Same configuration
 * as {@code H2ApiJourneyTests}, so the classes share one application context.
 */
class UsageReportBrowserTest extends BrowserJourney {

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void theHolderSubmitsTheQuartersUsageOnTheCompanyPageAndTheOfficerSeesIt() throws IOException {
		ApiClient applicant = ApiClient.as(this.port, "applicant", "demo", null);
		String licenceNumber = issuedSpecialNumberLicence(applicant, "1444");
		endTheFirstQuarter(licenceNumber);
		long reportId = applicant.get("/api/v1/licences/" + licenceNumber + "/usage-reports")
			.json()
			.get(0)
			.path("id")
			.asLong();
		long companyId = applicant.get("/api/v1/companies/mine").json().path("id").asLong();

		browser.login("applicant");
		browser.click("nav-my-company");
		browser.waitFor("usage-submit-" + reportId);
		assertThat(browser.driver().findElement(By.id("usage-current-" + licenceNumber)).getText())
			.as("the next quarter runs")
			.isNotBlank();
		browser.checkAccessibility("the holder's company page with a usage report due");
		browser.click("usage-submit-" + reportId);
		browser.waitFor("usage-calls");
		browser.click("usage-send");
		browser.await().until(ExpectedConditions.attributeToBe(By.id("usage-calls"), "invalid", "true"));
		browser.await().until(ExpectedConditions.attributeToBe(By.id("usage-purpose"), "invalid", "true"));
		browser.typeInto("usage-calls", "1520");
		browser.driver().findElement(By.cssSelector("#usage-purpose vaadin-radio-button")).click();
		browser.awaitVaadin();
		browser.typeIntoArea("usage-remarks", "ສາຍດ່ວນບໍລິການລູກຄ້າ");
		browser.checkAccessibility("the usage report dialog");
		browser.screenshot("30-holder-reports-usage");
		browser.click("usage-send");
		browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("usage-submit-" + reportId)));
		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usage-grid-" + licenceNumber),
					"ສາຍດ່ວນບໍລິການລູກຄ້າ"));
		browser.screenshot("31-holder-usage-reported");
		browser.logout();

		browser.login("post.vte");
		browser.openAndWait("/companies/" + companyId);
		browser.waitFor("usage-grid-" + licenceNumber);
		assertThat(browser.driver().findElement(By.id("usage-grid-" + licenceNumber)).getText())
			.contains("ສາຍດ່ວນບໍລິການລູກຄ້າ");
		assertThat(browser.driver().findElements(By.id("usage-submit-" + reportId))).as("officers only read").isEmpty();
		browser.checkAccessibility("the officer's company page with usage reports");
		browser.screenshot("32-officer-sees-usage");
		browser.logout();
	}

	private String issuedSpecialNumberLicence(ApiClient applicant, String number) {
		Answer created = applicant.post("/api/v1/applications", Map.of("licenceType", "NUM", "province", "VTE", "form",
				ApplicationForms.validSpecialNumberApplication(number)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = ApiClient.as(this.port, "post.vte", "demo", null);
		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "In order.");
		ApiClient.as(this.port, "leader.vte", "demo", null)
			.completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant, caseNumber)
			.status()).isEqualTo(200);
		JsonNode caseFile = applicant.get("/api/v1/cases/" + caseNumber).json();
		return caseFile.path("licenceNumber").asText();
	}

	/** The process's timer for the end of the first quarter, run as on that day. */
	private void endTheFirstQuarter(String licenceNumber) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("usage-reporting")
			.processInstanceBusinessKey(licenceNumber)
			.singleResult();
		Job timer = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId("timerEvent_periodEnded")
			.timers()
			.singleResult();
		this.management.executeJob(timer.getId());
	}

}

package la.anuyat.journey;

import java.io.IOException;
import java.util.Map;

import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enforcing section's officer works an enforcement case on its staff case page:
 * writes and issues the warning (its signed letter then downloads), makes the written
 * record, and sees the ladder's suggestion pre-filled in the proposal form. Same
 * configuration as {@code H2ApiJourneyTests}, so the classes share one application
 * context.
 */
class EnforcementBrowserTest extends BrowserJourney {

	@Test
	void theOfficerWarnsRecordsAndSeesTheLaddersSuggestion() throws IOException {
		long companyId = ApiClient.as(this.port, "applicant", "demo", null)
			.get("/api/v1/companies/mine")
			.json()
			.path("id")
			.asLong();
		Answer opened = ApiClient.as(this.port, "enforce.vte", "demo", null)
			.post("/api/v1/enforcement", Map.of("origin", "OFFICER", "companyId", companyId, "violation",
					"ບໍ່ສະແດງລາຄາບໍລິການ / Prices of services not displayed"));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String caseNumber = opened.json().path("caseNumber").asText();

		browser.login("enforce.vte");
		browser.openAndWait("/cases/" + caseNumber);
		browser.waitFor("enforcement-panel");
		browser.checkAccessibility("an enforcement case at its warning");
		browser.typeIntoArea("enforcement-warning-text",
				"ກະລຸນາສະແດງລາຄາບໍລິການພາຍໃນ 7 ວັນ / Display the prices within 7 days.");
		browser.click("enforcement-issue-warning");
		browser.waitFor("enforcement-warning-pdf");
		browser.waitFor("enforcement-findings");
		browser.typeIntoArea("enforcement-findings", "ບໍ່ມີລາຍການລາຄາຢູ່ເຄົາເຕີ / No price list at the counter");
		browser.typeInto("enforcement-place", "ຮ້ານ 3, ຖະໜົນ ສາມແສນໄທ");
		browser.typeInto("enforcement-present", "ພະນັກງານ 2 ຄົນ ແລະ ຜູ້ຈັດການຮ້ານ");
		browser.click("enforcement-make-record");
		browser.waitFor("enforcement-record-pdf");
		browser.waitFor("enforcement-propose");
		browser.await().until(ExpectedConditions.attributeContains(By.id("enforcement-fine"), "value", "5"));
		assertThat(browser.driver().findElement(By.id("enforcement-panel")).getText()).contains("5,000,000");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("every text translated")
			.doesNotContain("!lo:");
		browser.checkAccessibility("an enforcement case at its proposal");
		browser.screenshot("50-enforcement-proposal");
	}

}

package la.anuyat.journey;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leadership opens the annual inspection plan of Vientiane Capital, generates it from the
 * register if there is none yet, approves it, and sees its inspections and the coverage
 * by month. Same configuration as {@code H2ApiJourneyTests}, so the classes share one
 * application context.
 */
class InspectionPlanBrowserTest extends BrowserJourney {

	@Test
	void leadershipGeneratesAndApprovesThePlanAndSeesItsCoverage() throws IOException {
		browser.login("leader.vte");
		browser.click("nav-inspection-plan");
		browser.waitFor("plan-coverage");
		if (!browser.driver().findElements(By.id("plan-generate")).isEmpty()) {
			browser.click("plan-generate");
			browser.waitFor("plan-approve");
			browser.screenshot("60-leadership-inspection-plan-draft");
			browser.click("plan-approve");
			browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-approve")));
		}
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "ອະນຸມັດແລ້ວ"));
		List<WebElement> assign = browser.driver().findElements(By.cssSelector("[id^='plan-assign-']"));
		assertThat(assign).as("the approved plan's inspections are assigned from here").isNotEmpty();
		browser.checkAccessibility("the inspection plan");
		browser.screenshot("61-leadership-inspection-plan-approved");
		browser.logout();
	}

}

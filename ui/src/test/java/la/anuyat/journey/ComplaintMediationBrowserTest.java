package la.anuyat.journey;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Post section's officer mediates a complaint on its staff case page: schedules the
 * meeting (date and time, place, the complainant, the operator's representative and the
 * officers), then records who came, the minutes and the agreement, after which the signed
 * mediation record downloads. Same configuration as {@code H2ApiJourneyTests}, so the
 * classes share one application context.
 */
class ComplaintMediationBrowserTest extends BrowserJourney {

	@Test
	void theOfficerSchedulesAndRecordsTheMediationOnTheCasePage() throws IOException {
		ApiClient operator = ApiClient.as(this.port, "applicant", "demo", null);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("category", "CMP-BILLING");
		form.add("province", "VTE");
		form.add("description", "Charged twice for the monthly data package");
		form.add("name", "Noy");
		form.add("email", "noy.browser@example.la");
		form.add("respondentCompanyId",
				String.valueOf(operator.get("/api/v1/companies/mine").json().path("id").asLong()));
		// taken by phone: the officer records it
		ApiClient officer = ApiClient.as(this.port, "post.vte", "demo", null);
		Answer filed = officer.postForm("/api/v1/complaints", form, java.util.Map.of());
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String caseNumber = filed.json().path("caseNumber").asText();
		officer.completeTask(caseNumber, "userTask_triageComplaint", "accept", null);
		operator.completeTask(caseNumber, "userTask_respondToComplaint", "respond", "We charged once only.");
		officer.completeTask(caseNumber, "userTask_assessComplaint", "mediate", "The two sides disagree on the bill.");

		browser.login("post.vte");
		browser.openAndWait("/cases/" + caseNumber);
		browser.waitFor("mediation-schedule");
		String meetingAt = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS).toString();
		// as the pickers' overlays leave it: the value set, then the change the server
		// listens to
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change'))",
				browser.driver().findElement(By.id("mediation-meeting-at")), meetingAt.substring(0, 16));
		browser.awaitVaadin();
		browser.typeInto("mediation-place", "ຫ້ອງປະຊຸມ 2, ກະຊວງ / MTC meeting room 2");
		browser.typeInto("mediation-complainant", "Noy");
		browser.typeInto("mediation-operator", "Somchai Phommavong");
		browser.typeInto("mediation-operator-role", "Customer care manager");
		browser.typeIntoArea("mediation-officers", "Souda Phommalath, Section officer");
		browser.checkAccessibility("a complaint's mediation to schedule");
		browser.click("mediation-schedule");
		refusedIfAny();

		browser.waitFor("mediation-record");
		assertThat(browser.driver().findElement(By.id("complaint-mediation")).getText()).contains("MTC meeting room 2",
				"Somchai Phommavong");
		for (WebElement box : browser.driver().findElements(By.cssSelector("#mediation-attended vaadin-checkbox"))) {
			// as Browser.click does: the saved toast closed, the box scrolled into view
			((JavascriptExecutor) browser.driver())
				.executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);"
						+ "arguments[0].scrollIntoView({block: 'center'})", box);
			browser.await()
				.until((driver) -> driver.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
			browser.await().until(ExpectedConditions.elementToBeClickable(box)).click();
			browser.awaitVaadin();
		}
		browser.typeIntoArea("mediation-minutes", "The operator showed the usage log and offered a refund.");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id("mediation-outcome")), "1");
		browser.awaitVaadin();
		browser.typeIntoArea("mediation-agreement", "Refund of 50,000 kip within seven days");
		browser.click("mediation-record");
		refusedIfAny();

		browser.waitFor("mediation-record-pdf");
		assertThat(browser.driver().findElement(By.id("complaint-mediation")).getText())
			.contains("Refund of 50,000 kip within seven days");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("every text translated")
			.doesNotContain("!lo:", "!en:");
		browser.checkAccessibility("a complaint's mediation recorded");
		browser.screenshot("55-complaint-mediation-recorded");
		Answer record = officer.get("/api/v1/complaint-cases/" + caseNumber + "/mediation");
		assertThat(record.json().path("outcome").asText()).isEqualTo("AGREED");
		assertThat(record.json().path("participants").findValuesAsText("attended")).containsOnly("true");
	}

	/** Waits for the step's answer; a refusal fails the test with what it said. */
	private static void refusedIfAny() {
		browser.await().until((driver) -> !driver.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
		String said = browser.driver()
			.findElements(By.cssSelector("vaadin-notification-card"))
			.stream()
			.map(WebElement::getText)
			.reduce("", String::concat);
		assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
			.as("refused: %s", said)
			.isEmpty();
	}

}

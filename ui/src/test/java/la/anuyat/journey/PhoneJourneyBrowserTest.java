package la.anuyat.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant on a phone (390 CSS pixels wide): signs in, applies through the wizard,
 * and follows the application. Every page fits the screen without sideways scrolling,
 * logging out stays in reach, the applications and documents show as cards with their
 * status and download link in view, and axe-core finds no serious violation. Screenshots
 * go to {@code target/screenshots/phone-*}.
 * <p>
 * Same configuration as {@code H2ApiJourneyTests}, so the classes share one application
 * context.
 */
class PhoneJourneyBrowserTest extends BrowserJourney {

	@BeforeAll
	static void writeDocument() throws IOException {
		document = LicenceJourneyBrowserTest.writeSmallPdf(Files.createTempFile("anuyat-phone-", ".pdf"));
	}

	@AfterAll
	static void deleteDocument() throws IOException {
		if (document != null) {
			Files.deleteIfExists(document);
		}
	}

	/** A phone-sized window (hides the desktop one). */
	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start(Browser.PHONE);
	}

	private static final List<String> DOCUMENT_TYPES = List.of("enterprise-registration", "tax-registration",
			"director-id", "business-plan");

	private static Path document;

	@Test
	void anApplicantAppliesAndFollowsTheApplicationOnAPhone() throws IOException {
		browser.openAndWait("/login");
		assertThat(
				((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth")).intValue())
			.isEqualTo(390);
		fitsThePhone("login");
		browser.login("applicant");
		browser.waitFor("myapps-new");
		onEveryApplicantPage("my-applications");

		browser.click("myapps-new");
		browser.waitFor("wizard-licence-type");
		onEveryApplicantPage("wizard-1-type");
		WebElement type = browser.input("wizard-licence-type");
		type.click();
		type.sendKeys("ຊອບແວ");
		browser.awaitVaadin();
		type.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		browser.awaitVaadin();
		browser.click("wizard-next");
		browser.waitFor("field-district");
		browser.typeInto("field-district", "ສີສັດຕະນາກ");
		browser.typeInto("field-village", "ບ້ານທົ່ງພານທອງ");
		browser.typeIntoArea("field-plannedServices", "ບໍລິການເວັບໄຊ ແລະ ແອັບມືຖື ສຳລັບຮ້ານຄ້າໃນນະຄອນຫຼວງວຽງຈັນ");
		// within the form's range for the planned start (today to five years on)
		browser.pickDate("field-plannedStartDate", java.time.LocalDate.now().plusMonths(4));
		browser.typeInto("field-numberOfStaff", "4");
		onEveryApplicantPage("wizard-2-form");
		browser.click("wizard-next");
		browser.waitFor("upload-rules");
		onEveryApplicantPage("wizard-3-documents");
		for (String documentType : DOCUMENT_TYPES) {
			browser.upload("upload-" + documentType, document);
			browser.await()
				.until(ExpectedConditions.attributeContains(By.id("upload-status-" + documentType), "class",
						"present"));
		}
		fitsThePhone("wizard-3-uploaded");
		browser.click("wizard-next");
		browser.waitFor("wizard-submit");
		onEveryApplicantPage("wizard-4-review");
		browser.click("wizard-submit");
		browser.waitFor("application-where");
		onEveryApplicantPage("case");
		String caseNumber = browser.driver().findElement(By.id("application-case-number")).getText().trim();
		// the documents are cards with their download link in view, not a table's hidden
		// columns
		List<WebElement> downloads = browser.driver()
			.findElements(By.cssSelector("#document-list .document-card [id^=document-card-download-]"));
		assertThat(downloads).hasSize(DOCUMENT_TYPES.size())
			.allSatisfy((link) -> assertThat(link.isDisplayed()).isTrue());
		browser.assertWithinWindow(downloads.get(0).getAttribute("id"));

		browser.click("application-back");
		browser.waitFor("myapps-card-" + caseNumber);
		onEveryApplicantPage("my-applications-with-case");
		browser.assertWithinWindow("myapps-card-" + caseNumber);
		WebElement card = browser.driver()
			.findElement(By.id("myapps-card-" + caseNumber))
			.findElement(By.xpath("../.."));
		assertThat(card.findElement(By.className("status-badge")).isDisplayed()).isTrue();

		// the menu holds the navigation and says who is signed in
		browser.click("shell-menu");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("shell-drawer-user")));
		browser.screenshot("phone-menu");
		assertThat(browser.driver().findElement(By.id("shell-drawer-user")).getText()).isNotBlank();
		browser.checkAccessibility("the menu");
		// Escape closes the menu again, as on a phone's keyboard
		new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
		browser.await()
			.until((driver) -> Boolean.FALSE.equals(((JavascriptExecutor) driver)
				.executeScript("return document.querySelector('vaadin-app-layout').drawerOpened")));
		browser.logout();
	}

	private static void onEveryApplicantPage(String page) throws IOException {
		fitsThePhone(page);
		browser.assertWithinWindow("logout");
	}

	private static void fitsThePhone(String page) throws IOException {
		browser.awaitVaadin();
		browser.screenshot("phone-" + page);
		browser.checkNoSidewaysScrolling(page);
		browser.checkAccessibility(page + " on a phone");
	}

}

package la.anuyat.journey;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public on a phone files a complaint without an account and follows it
 * by its tracking code; a complaint without what happened, or with a point outside Laos,
 * is refused and nothing stored; a point tapped on the map inside Laos is kept. Both
 * pages fit the phone and pass axe-core. Screenshots go to
 * {@code target/screenshots/phone-complaint-*}.
 */
class ComplaintPhoneBrowserTest extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	/** A phone-sized window (hides the desktop one). */
	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start(Browser.PHONE);
	}

	@Test
	void filesAComplaintWithoutAnAccountAndFollowsItByItsCode() throws IOException {
		browser.openAndWait("/complaints/new");
		fitsThePhone("complaint-new");
		// the first category in catalogue order (billing) and the first province
		choose("complaint-category", "1");
		choose("complaint-province", "1");
		browser.typeInto("complaint-name", "ນ້ອຍ");
		browser.typeInto("complaint-email", "noy.phone@example.la");
		int before = complaints();
		browser.click("complaint-submit");
		assertThat(browser.driver().findElement(By.id("complaint-description")).getDomAttribute("invalid"))
			.as("what happened is required")
			.isNotNull();
		assertThat(complaints()).isEqualTo(before);

		browser.typeIntoArea("complaint-description", "ຖືກຄິດເງິນສອງເທື່ອ ສຳລັບແພັກເກັດອິນເຕີເນັດ");
		// a point in Thailand, across the Mekong: refused with a clear message, nothing
		// stored
		tapMap(16.4, 102.8);
		browser.click("complaint-submit");
		browser.await().until((driver) -> !driver.findElement(By.id("complaint-point-error")).getText().isBlank());
		assertThat(complaints()).isEqualTo(before);
		browser.click("complaint-point-clear");
		browser.await().until((driver) -> driver.findElements(By.cssSelector(".point-picker-pin")).isEmpty());
		// Luang Prabang
		tapMap(19.89, 102.14);
		browser.click("complaint-submit");
		browser.waitFor("complaint-tracking-code");
		String code = browser.driver().findElement(By.id("complaint-tracking-code")).getText();
		assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(complaints()).isEqualTo(before + 1);
		Double latitude = this.jdbc.queryForObject("select latitude from complaint where tracking_code = ?",
				Double.class, code);
		assertThat(latitude).as("the point tapped, kept").isBetween(19.5, 20.3);
		fitsThePhone("complaint-filed");

		browser.openAndWait("/complaints/track?code=" + code);
		browser.waitFor("track-stage");
		assertThat(browser.driver().findElement(By.id("track-stage")).getText()).isIn("ໄດ້ຮັບຄຳຮ້ອງທຸກແລ້ວ",
				"Received");
		assertThat(browser.driver().findElement(By.id("track-history")).getText()).isNotBlank();
		assertThat(browser.driver().getPageSource()).doesNotContain("noy.phone@example.la");
		fitsThePhone("complaint-track");

		browser.openAndWait("/complaints/track?code=AAAA-BBBB-CCCC");
		browser.waitFor("track-not-found");

		// the published figures count it, without sign-in
		browser.openAndWait("/complaints/figures");
		browser.waitFor("figures-grid");
		browser.waitFor("figures-csv");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("!lo:", "!en:");
		browser.screenshot("phone-complaint-figures");
		browser.checkAccessibility("complaint figures on a phone");
	}

	/**
	 * Taps the point picker where the given place is drawn (Leaflet tells where), once
	 * its map is ready, and waits for the pin.
	 */
	private static void tapMap(double latitude, double longitude) {
		WebElement map = browser.driver().findElement(By.id("complaint-point"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
		browser.await()
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return !!(arguments[0]._map && arguments[0]._fitted)", map)));
		@SuppressWarnings("unchecked")
		Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
				"const p = arguments[0]._map.latLngToContainerPoint([arguments[1], arguments[2]]);"
						+ " return {x: p.x, y: p.y, w: arguments[0].clientWidth, h: arguments[0].clientHeight};",
				map, latitude, longitude);
		int x = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
		int y = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
		new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
		browser.await().until((driver) -> !driver.findElements(By.cssSelector(".point-picker-pin")).isEmpty());
		browser.awaitVaadin();
	}

	/** Picks the item of a Vaadin select by its key, as a tap on it does. */
	private static void choose(String id, String key) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id(id)), key);
		browser.awaitVaadin();
	}

	private static void fitsThePhone(String page) throws IOException {
		browser.awaitVaadin();
		browser.screenshot("phone-" + page);
		browser.checkNoSidewaysScrolling(page);
		browser.checkAccessibility(page + " on a phone");
	}

	private int complaints() {
		return this.jdbc.queryForObject("select count(*) from complaint", Integer.class);
	}

}

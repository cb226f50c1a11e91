package la.anuyat.journey;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator reads the national allocation table in headless Chromium, in English
 * and Lao; an officer checks a request on the spectrum map. Same configuration as
 * {@code H2ApiJourneyTests}, so the classes share one application context.
 */
class AllocationTableBrowserTest extends BrowserJourney {

	@Test
	void showsTheAllocationTableWithServicesFootnotesAndSources() throws IOException {
		browser.login("admin");
		browser.open("/admin/spectrum/allocations");
		browser.waitFor("allocation-grid");
		browser.awaitVaadin();
		// Lao is the users' default language; the sources are cited as written
		browser.await().until((driver) -> cells().contains("ITU RR Art. 5, Region 3, 87-100 MHz"));
		assertThat(cells()).contains("87.5", "ກະຈາຍສຽງ FM (ຕ່ຳ)", "ກະຈາຍສຽງ ແລະ ພາບ (ຫຼັກ)", "LAO1:");
		assertThat(browser.driver().findElement(org.openqa.selenium.By.id("allocation-edition")).getText())
			.contains("LA-NFAT-2026");
		browser.screenshot("spectrum-allocation-table");
		browser.logout();
	}

	/**
	 * The administrator drafts a new edition from the one in force, changes the footnote
	 * of the FM band, sees the change against the edition in force, and discards the
	 * draft, which leaves the table as it was.
	 */
	@Test
	void draftsAnEditionChangesABandAndSeesTheChange() throws IOException {
		browser.login("admin");
		browser.open("/admin/spectrum/allocations");
		browser.waitFor("allocation-grid");
		browser.click("allocation-new-draft");
		browser.typeInto("edition-code", "LA-NFAT-BROWSER");
		browser.typeInto("edition-title-lo", "ຕາຕະລາງ ສະບັບຮ່າງ");
		browser.typeInto("edition-title-en", "Draft table");
		browser.click("edition-save");
		browser.await()
			.until((driver) -> driver.findElement(org.openqa.selenium.By.id("allocation-edition"))
				.getText()
				.contains("LA-NFAT-BROWSER"));
		browser.await().until((driver) -> cells().contains("87.5"));
		browser.driver().findElement(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[text()='87.5']")).click();
		browser.awaitVaadin();
		browser.typeIntoArea("band-footnote-lo", " Community stations up to 100 W.");
		browser.click("band-save");
		browser.await().until((driver) -> cells().contains("Community stations up to 100 W."));
		assertThat(cells()).as("the change against the edition in force").contains("ແກ້ໄຂ", "ໝາຍເຫດ");
		browser.screenshot("spectrum-allocation-draft");
		browser.click("allocation-discard");
		browser.await()
			.until((driver) -> driver.findElement(org.openqa.selenium.By.id("allocation-edition"))
				.getText()
				.contains("LA-NFAT-2026"));
		assertThat(cells()).doesNotContain("Community stations up to 100 W.");
		browser.logout();
	}

	/**
	 * A base on the Vientiane taxi dispatch channel (152.5 MHz), 1.1 km north of the
	 * dispatch base SPA-VTE-0002: the map shows the register's assignments over the
	 * provinces; the check lists the conflict with its distance and margin and draws the
	 * request, its search radius and a line to the conflicting base.
	 */
	@Test
	void checksAConflictingRequestOnTheMap() throws IOException {
		browser.login("officer.vte");
		browser.open("/spectrum/map");
		browser.waitFor("spectrum-map");
		browser.awaitVaadin();
		browser.await().until((driver) -> count("#spectrum-map .assignment-marker") > 0);
		assertThat(count("#spectrum-map .leaflet-overlay-pane path")).as("provinces and outline drawn")
			.isGreaterThan(16);
		browser.typeInto("spectrum-map-station", "Taxi relay north");
		browser.typeInto("spectrum-map-frequency", "152.5");
		browser.typeInto("spectrum-map-bandwidth", "11");
		browser.typeInto("spectrum-map-emission", "11K0F3E");
		browser.typeInto("spectrum-map-latitude", "17.9857");
		browser.typeInto("spectrum-map-longitude", "102.6331");
		browser.typeInto("spectrum-map-power", "25");
		browser.typeInto("spectrum-map-gain", "3");
		browser.click("spectrum-map-check");
		browser.await().until((driver) -> count("#spectrum-map path.conflict-line") > 0);
		assertThat(count("#spectrum-map path.search-radius")).isEqualTo(1);
		assertThat(count("#spectrum-map path.request-marker")).isEqualTo(1);
		assertThat(text("#spectrum-map .leaflet-tooltip-pane")).contains("SPA-VTE-0002: 1.11 km");
		assertThat(cells()).contains("SPA-VTE-0002", "Vientiane taxi dispatch base", "1.11");
		// Vientiane lies on the Mekong: the Thai border is a few km away
		assertThat(browser.driver().findElement(org.openqa.selenium.By.id("spectrum-map-border")).getText())
			.contains("30.00");
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('spectrum-map').scrollIntoView({block: 'start'})");
		browser.screenshot("spectrum-map-conflict");
		browser.checkAccessibility("the spectrum map with a checked request");
		browser.logout();
	}

	private static long count(String selector) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.querySelectorAll(arguments[0]).length;", selector)).longValue();
	}

	private static String text(String selector) {
		return String.valueOf(((JavascriptExecutor) browser.driver())
			.executeScript("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", selector));
	}

	private static String cells() {
		return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
				"return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');"));
	}

}

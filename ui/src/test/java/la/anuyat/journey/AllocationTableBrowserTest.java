package la.anuyat.journey;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator reads the national allocation table in headless Chromium, in English
 * and Lao. Same configuration as {@code H2ApiJourneyTests}, so the classes share one
 * application context.
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

	private static String cells() {
		return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
				"return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');"));
	}

}

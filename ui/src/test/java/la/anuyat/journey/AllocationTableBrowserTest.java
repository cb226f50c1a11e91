package la.anuyat.journey;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator reads the national allocation table in headless Chromium, in English
 * and Lao. Same configuration as {@code H2ApiJourneyTests}, so the classes share one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class AllocationTableBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@BeforeEach
	void pointBrowserAtTheApplication() {
		browser.baseUrl("http://localhost:" + this.port);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

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

package la.anuyat.journey;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What every browser journey shares: one application context (the API tests' in-memory
 * database, on a random port), a Chromium per test class pointed at it, a screenshot when
 * a test fails, and the check that every page visited was sound (accessible and, on a
 * phone, fitting the screen). A journey on a phone hides {@link #startBrowser()} with its
 * own that starts a phone-sized window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
abstract class BrowserJourney {

	static Browser browser;

	@RegisterExtension
	static final TestWatcher SCREENSHOT_ON_FAILURE = Browser.screenshotOnFailure(() -> browser);

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

	/** The pages visited were accessible (and, on a phone, fitted the screen). */
	@AfterEach
	void pagesVisitedWereSound() {
		browser.assertPagesSound();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

}

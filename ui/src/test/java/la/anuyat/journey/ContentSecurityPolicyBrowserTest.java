package la.anuyat.journey;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application works under its Content-Security-Policy in a real browser (Debian's
 * headless Chromium): a listener installed before any page script runs collects every
 * {@code securitypolicyviolation} while the login page, an officer's (the start page and
 * the spectrum map) and an administrator's screens (the security log and the access
 * tokens, where a token is created and its shown-once dialog opened) are used; there must
 * be none. Same configuration as {@code H2ApiJourneyTests}, so the classes share one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class ContentSecurityPolicyBrowserTest {

	private static final String COLLECT_VIOLATIONS = "window.__cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push("
			+ "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
		((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", COLLECT_VIOLATIONS));
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
	void usesTheScreensWithoutAContentSecurityPolicyViolation() throws IOException {
		browser.open("/login");
		browser.waitFor("login-form");
		browser.awaitVaadin();
		assertNoViolation("login page");

		browser.login("officer.vte");
		assertNoViolation("officer's start page");
		// the spectrum map: Leaflet and our map element are scripts of our own origin, no
		// tiles configured
		browser.open("/spectrum/map");
		browser.waitFor("spectrum-map");
		browser.awaitVaadin();
		browser.await()
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
					"return document.querySelectorAll('#spectrum-map .leaflet-overlay-pane path').length > 16"
							+ " && document.querySelectorAll('#spectrum-map img.leaflet-tile').length === 0")));
		assertNoViolation("spectrum map");
		browser.logout();

		browser.login("admin");
		browser.open("/admin/security-log");
		browser.waitFor("security-log-grid");
		browser.awaitVaadin();
		assertNoViolation("security log");

		browser.open("/admin/access-tokens");
		browser.typeInto("access-token-name", "csp check");
		browser.typeInto("access-token-username", "officer.vte");
		browser.click("access-token-create");
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("access-token-secret")));
		browser.awaitVaadin();
		browser.screenshot("csp-access-token-shown-once");
		Object secret = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.getElementById('access-token-secret').value;");
		assertThat(secret).asString().as("the secret, shown once").startsWith("anuyat_");
		assertNoViolation("access tokens");
		browser.click("access-token-secret-close");
		browser.logout();
	}

	private static void assertNoViolation(String where) {
		Object violations = ((JavascriptExecutor) browser.driver()).executeScript("return window.__cspViolations;");
		assertThat(violations).as("the violations collector runs").isInstanceOf(List.class);
		assertThat((List<?>) violations).as("Content-Security-Policy violations on the " + where).isEmpty();
	}

}

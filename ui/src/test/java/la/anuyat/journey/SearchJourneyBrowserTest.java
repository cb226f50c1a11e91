package la.anuyat.journey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApplicationForms;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search screens in a real browser (Debian's headless Chromium): an officer searches
 * from the header box, sees the facets and the highlighted attachment text (markup in a
 * document shown as text, never run), opens the case, and gets a helpful message for a
 * meaningless query; the public finds a licence in the register from the login page and
 * verifies it; an administrator rebuilds the index and watches the progress arrive by
 * server push. Screenshots go to {@code target/screenshots}.
 * <p>
 * The cases are prepared through the REST API. Same configuration as
 * {@code H2ApiJourneyTests}, so the classes share one application context.
 */
class SearchJourneyBrowserTest extends BrowserJourney {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void officerFindsACaseByItsAttachmentAndOpensIt() throws IOException {
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		String attachmentWord = "zq" + Long.toString(System.nanoTime() + 1, 36);
		String caseNumber = submittedCase(marker, "Fibre plan <script>alert(1)</script> " + attachmentWord);

		browser.login("officer.vte");
		WebElement box = browser.input("shell-search");
		box.sendKeys("ດິຈິຕອນ " + marker, Keys.ENTER);
		browser.waitFor("search-hit-" + caseNumber);
		browser.awaitVaadin();
		assertThat(browser.driver().getCurrentUrl()).contains("/search?q=");
		assertThat(browser.driver().findElements(By.cssSelector("#search-hits .search-hit"))).hasSize(1);
		assertThat(browser.driver().findElement(By.id("search-facet-type")).getText()).contains("(1)");
		assertThat(browser.driver().findElement(By.id("search-facet-province")).getText()).contains("(1)");
		browser.screenshot("search-01-officer-results");
		browser.checkAccessibility("the officer's search results");

		WebElement text = browser.input("search-text");
		text.sendKeys(Keys.chord(Keys.CONTROL, "a"), attachmentWord, Keys.ENTER);
		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#search-hits mark.search-mark"),
					attachmentWord));
		WebElement hit = browser.driver().findElement(By.id("search-hit-" + caseNumber));
		assertThat(hit.getText()).contains("<script>alert(1)</script>");
		assertThat(browser.driver().findElements(By.cssSelector("#search-hits script"))).isEmpty();
		browser.screenshot("search-02-attachment-highlight");

		browser.driver().findElement(By.cssSelector("#search-hit-" + caseNumber + " a.search-hit-number")).click();
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-number"), caseNumber));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/" + caseNumber);

		browser.open("/search?q=!!!");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-message")));
		assertThat(browser.driver().findElement(By.id("search-message")).getText())
			.matches("(?s).*[\\u0E80-\\u0EFF].*");
		browser.screenshot("search-03-meaningless-query");
		browser.checkAccessibility("a meaningless search");
		browser.logout();
	}

	@Test
	void publicFindsALicenceInTheRegisterAndVerifiesIt() throws IOException {
		String licenceNumber = approvedLicence();

		browser.open("/login");
		browser.click("login-register");
		browser.waitFor("register-grid");
		browser.input("register-text").sendKeys(licenceNumber, Keys.ENTER);
		By link = By.cssSelector("#register-grid a.register-number");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(link, licenceNumber));
		assertThat(browser.driver().getCurrentUrl()).contains("/register?q=" + licenceNumber);
		assertThat(browser.driver().findElement(By.id("register-summary")).getText())
			.matches("(?s).*[\\u0E80-\\u0EFF].*");
		browser.screenshot("search-04-public-register");
		browser.checkAccessibility("the public register");
		browser.driver().findElement(link).click();
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "VALID"));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/verify/" + licenceNumber);
	}

	@Test
	void administratorRebuildsTheIndexAndSeesItsProgress() throws IOException {
		browser.login("admin");
		browser.click("nav-search-index");
		browser.click("search-index-rebuild");
		// the end of the rebuild reaches the page without another click (by server push
		// when it ends after the click was answered)
		browser.await()
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return document.getElementById('search-index-progress').value === 1"
						+ " && !document.getElementById('search-index-rebuild').hasAttribute('disabled')")));
		assertThat(browser.driver().findElement(By.id("search-index-counts")).getText()).matches(".*\\d.*");
		browser.screenshot("search-05-index-rebuilt");
		browser.checkAccessibility("the search index administration");
		browser.logout();
	}

	private String submittedCase(String marker, String attachmentText) throws IOException {
		RestClient applicant = client("applicant");
		ObjectNode form = ApplicationForms.validSoftwareApplication().put("companyNameEn", "Lao Digital " + marker);
		JsonNode created = JSON.readTree(applicant.post()
			.uri("/api/v1/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("licenceType", "ICT-SOFT", "province", "VTE", "form", form))
			.retrieve()
			.body(String.class));
		String caseNumber = created.path("caseNumber").asText();
		if (attachmentText != null) {
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("file", new ByteArrayResource(pdf(attachmentText)) {
				@Override
				public String getFilename() {
					return "plan.pdf";
				}
			});
			parts.add("documentType", "enterprise-registration");
			applicant.post()
				.uri("/api/v1/applications/" + caseNumber + "/documents")
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(parts)
				.retrieve()
				.toBodilessEntity();
		}
		la.anuyat.api.ApiClient.as(this.port, "applicant", "demo", null).uploadMissingDocuments(caseNumber);
		applicant.post().uri("/api/v1/applications/" + caseNumber + "/submit").retrieve().toBodilessEntity();
		return caseNumber;
	}

	private String approvedLicence() throws IOException {
		String caseNumber = submittedCase("zq" + Long.toString(System.nanoTime(), 36), null);
		complete("officer.vte", caseNumber, "userTask_checkCompleteness", "complete");
		complete("officer.vte", caseNumber, "userTask_studyApplication", "recommend-approve");
		complete("deputy.vte", caseNumber, "userTask_decideApplication", "approve");
		JsonNode invoice = JSON.readTree(client("applicant").get()
			.uri("/api/v1/applications/" + caseNumber + "/invoice")
			.retrieve()
			.body(String.class));
		assertThat(new la.anuyat.api.PaymentProvider(this.port, la.anuyat.api.PaymentProvider.DEMO_SECRET)
			.pay("TX-" + invoice.path("invoiceNumber").asText(), invoice.path("paymentReference").asText(),
					invoice.path("amountKip").asLong())
			.status()).isEqualTo(200);
		JsonNode approved = JSON
			.readTree(client("applicant").get().uri("/api/v1/cases/" + caseNumber).retrieve().body(String.class));
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		return approved.path("licenceNumber").asText();
	}

	private void complete(String username, String caseNumber, String taskKey, String outcome) throws IOException {
		RestClient staff = client(username);
		for (JsonNode task : JSON.readTree(staff.get().uri("/api/v1/tasks").retrieve().body(String.class))) {
			if (task.path("caseNumber").asText().equals(caseNumber) && task.path("taskKey").asText().equals(taskKey)) {
				staff.post()
					.uri("/api/v1/tasks/" + task.path("taskId").asText() + "/complete")
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("outcome", outcome, "comment", "ຕາມລະບຽບການ."))
					.retrieve()
					.toBodilessEntity();
				return;
			}
		}
		throw new AssertionError("No task " + taskKey + " of " + caseNumber + " for " + username);
	}

	private RestClient client(String username) {
		return RestClient.builder()
			.baseUrl(browser.url(""))
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	private static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}

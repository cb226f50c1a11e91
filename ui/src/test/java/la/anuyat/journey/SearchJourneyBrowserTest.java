package la.anuyat.journey;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class SearchJourneyBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static WebDriver driver;

	private static WebDriverWait wait;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("anuyat.test.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1366,1000", "--lang=lo", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("anuyat.test.chromedriver", "/usr/bin/chromedriver")))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void officerFindsACaseByItsAttachmentAndOpensIt() throws IOException {
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		String attachmentWord = "zq" + Long.toString(System.nanoTime() + 1, 36);
		String caseNumber = submittedCase(marker, "Fibre plan <script>alert(1)</script> " + attachmentWord);

		login("officer.vte");
		WebElement box = input("shell-search");
		box.sendKeys("ດິຈິຕອນ " + marker, Keys.ENTER);
		waitFor("search-hit-" + caseNumber);
		awaitVaadin();
		assertThat(driver.getCurrentUrl()).contains("/search?q=");
		assertThat(driver.findElements(By.cssSelector("#search-hits .search-hit"))).hasSize(1);
		assertThat(driver.findElement(By.id("search-facet-type")).getText()).contains("(1)");
		assertThat(driver.findElement(By.id("search-facet-province")).getText()).contains("(1)");
		screenshot("search-01-officer-results");

		WebElement text = input("search-text");
		text.sendKeys(Keys.chord(Keys.CONTROL, "a"), attachmentWord, Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#search-hits mark.search-mark"),
				attachmentWord));
		WebElement hit = driver.findElement(By.id("search-hit-" + caseNumber));
		assertThat(hit.getText()).contains("<script>alert(1)</script>");
		assertThat(driver.findElements(By.cssSelector("#search-hits script"))).isEmpty();
		screenshot("search-02-attachment-highlight");

		driver.findElement(By.cssSelector("#search-hit-" + caseNumber + " a.search-hit-number")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-number"), caseNumber));
		assertThat(driver.getCurrentUrl()).endsWith("/cases/" + caseNumber);

		driver.get(url("/search?q=!!!"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-message")));
		assertThat(driver.findElement(By.id("search-message")).getText()).matches("(?s).*[\\u0E80-\\u0EFF].*");
		screenshot("search-03-meaningless-query");
		logout();
	}

	@Test
	void publicFindsALicenceInTheRegisterAndVerifiesIt() throws IOException {
		String licenceNumber = approvedLicence();

		driver.get(url("/login"));
		click("login-register");
		waitFor("register-grid");
		input("register-text").sendKeys(licenceNumber, Keys.ENTER);
		By link = By.cssSelector("#register-grid a.register-number");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(link, licenceNumber));
		assertThat(driver.getCurrentUrl()).contains("/register?q=" + licenceNumber);
		assertThat(driver.findElement(By.id("register-summary")).getText()).matches("(?s).*[\\u0E80-\\u0EFF].*");
		screenshot("search-04-public-register");
		driver.findElement(link).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "VALID"));
		assertThat(driver.getCurrentUrl()).endsWith("/verify/" + licenceNumber);
	}

	@Test
	void administratorRebuildsTheIndexAndSeesItsProgress() throws IOException {
		login("admin");
		click("nav-search-index");
		click("search-index-rebuild");
		// the end of the rebuild reaches the page without another click (by server push
		// when it ends after the click was answered)
		wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return document.getElementById('search-index-progress').value === 1"
					+ " && !document.getElementById('search-index-rebuild').hasAttribute('disabled')")));
		assertThat(driver.findElement(By.id("search-index-counts")).getText()).matches(".*\\d.*");
		screenshot("search-05-index-rebuilt");
		logout();
	}

	private String submittedCase(String marker, String attachmentText) throws IOException {
		RestClient applicant = client("applicant");
		ObjectNode form = JSON.createObjectNode();
		form.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		form.put("companyNameEn", "Lao Digital " + marker);
		form.put("enterpriseRegistrationNumber", "01-0012345");
		form.put("taxNumber", "123456789 000");
		form.put("licenceType", "ICT-SOFT");
		form.put("province", "VTE");
		form.put("district", "ຈັນທະບູລີ");
		form.put("village", "ຫັດສະດີ");
		form.put("address", "ຖະໜົນ ລ້ານຊ້າງ");
		form.put("contactName", "ທ້າວ ສົມສັກ ພົມມະວົງ");
		form.put("phone", "+856 20 5555 1234");
		form.put("email", "contact@laodigital.example");
		form.put("plannedServices", "ພັດທະນາຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ");
		form.put("plannedStartDate", Year.now().plusYears(1) + "-01-15");
		form.put("numberOfStaff", 12);
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
		applicant.post().uri("/api/v1/applications/" + caseNumber + "/submit").retrieve().toBodilessEntity();
		return caseNumber;
	}

	private String approvedLicence() throws IOException {
		String caseNumber = submittedCase("zq" + Long.toString(System.nanoTime(), 36), null);
		complete("officer.vte", caseNumber, "userTask_checkCompleteness", "complete");
		complete("officer.vte", caseNumber, "userTask_studyApplication", "recommend-approve");
		complete("deputy.vte", caseNumber, "userTask_decideApplication", "approve");
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
			.baseUrl(url(""))
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	private void login(String username) {
		driver.get(url("/login"));
		input("login-username").sendKeys(username);
		driver.findElement(By.cssSelector("#login-password input")).sendKeys("demo");
		driver.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		awaitVaadin();
	}

	private void logout() {
		click("logout");
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	private WebElement input(String id) {
		return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
	}

	private void click(String id) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		((JavascriptExecutor) driver)
			.executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);"
					+ "arguments[0].scrollIntoView({block: 'center'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
		awaitVaadin();
	}

	private void waitFor(String id) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	/** Waits until Vaadin has no server round trip in flight. */
	private void awaitVaadin() {
		wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
					+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
	}

	private void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
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

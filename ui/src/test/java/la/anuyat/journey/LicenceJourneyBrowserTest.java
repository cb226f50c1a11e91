package la.anuyat.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import la.anuyat.authority.Actor;
import la.anuyat.authority.Role;
import la.anuyat.casefile.CaseFileService;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's journey in a real browser (Debian's headless Chromium): the
 * applicant applies in Lao, the Vientiane Capital section officer checks and studies the
 * case, the head of the department approves it, and the public verification page shows
 * the licence as valid. Screenshots of each step go to {@code target/screenshots}.
 * <p>
 * Same configuration as {@code H2ApiJourneyTests}, so the two share one application
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class LicenceJourneyBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final List<String> DOCUMENT_TYPES = List.of("enterprise-registration", "tax-registration",
			"director-id", "business-plan");

	private static WebDriver driver;

	private static WebDriverWait wait;

	private static Path document;

	@LocalServerPort
	int port;

	@Autowired
	CaseFileService cases;

	@BeforeAll
	static void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("anuyat.test.chromium", "/usr/bin/chromium"));
		// no background networking: this machine's network is closed, and the journey
		// needs none
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1366,1000", "--lang=lo", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("anuyat.test.chromedriver", "/usr/bin/chromedriver")))
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		document = writeSmallPdf(Files.createTempFile("anuyat-journey-", ".pdf"));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (document != null) {
			Files.deleteIfExists(document);
		}
	}

	@Test
	void applicantAppliesOfficerStudiesLeaderApprovesAndTheLicenceVerifies() throws IOException {
		String caseNumber = applyAsApplicant();
		assertThat(caseNumber).matches("ICT-VTE-\\d{4}-\\d{6}");

		checkAndStudyAsOfficer(caseNumber);
		approveAsLeader(caseNumber);

		String licenceNumber = this.cases.caseByNumber(new Actor("admin", Role.ADMINISTRATOR, "MTC", null), caseNumber)
			.getLicenceNumber();
		assertThat(licenceNumber).isNotBlank();
		driver.get(url("/verify/" + licenceNumber));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "VALID"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains(licenceNumber).doesNotContain("UNKNOWN");
		screenshot("09-verification-valid");
	}

	private String applyAsApplicant() throws IOException {
		login("applicant");
		waitFor("myapps-new");
		screenshot("01-applicant-my-applications");
		click("nav-new-application");
		WebElement type = input("wizard-licence-type");
		type.click();
		type.sendKeys("ຊອບແວ");
		awaitVaadin();
		type.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		awaitVaadin();
		click("wizard-next");
		waitFor("field-district");
		typeInto("field-district", "ຈັນທະບູລີ");
		typeInto("field-village", "ບ້ານຫາຍໂສກ");
		typeIntoArea("field-plannedServices",
				"ພັດທະນາຊອບແວ ແລະ ບໍລິການຂໍ້ມູນທາງອິນເຕີເນັດ ສຳລັບທຸລະກິດໃນນະຄອນຫຼວງວຽງຈັນ");
		WebElement date = input("field-plannedStartDate");
		date.sendKeys("01/03/2027", Keys.ENTER);
		typeInto("field-numberOfStaff", "12");
		screenshot("02-applicant-form");
		click("wizard-next");
		for (String documentType : DOCUMENT_TYPES) {
			waitFor("upload-" + documentType);
			driver.findElement(By.id("upload-" + documentType))
				.getShadowRoot()
				.findElement(By.cssSelector("input[type=file]"))
				.sendKeys(document.toString());
			wait.until(
					ExpectedConditions.attributeContains(By.id("upload-status-" + documentType), "class", "present"));
		}
		screenshot("03-applicant-documents");
		click("wizard-next");
		waitFor("wizard-submit");
		click("wizard-submit");
		waitFor("application-where");
		screenshot("04-applicant-submitted");
		String caseNumber = driver.findElement(By.id("application-case-number")).getText().trim();
		logout();
		return caseNumber;
	}

	private void checkAndStudyAsOfficer(String caseNumber) throws IOException {
		login("officer.vte");
		click("inbox-open-" + caseNumber);
		waitFor("case-number");
		screenshot("05-officer-case");
		claimIfOffered();
		click("task-outcome-complete");
		click("task-complete");
		waitFor("task-outcome-recommend-approve");
		claimIfOffered();
		click("task-outcome-recommend-approve");
		typeIntoArea("task-comment", "ເອກະສານຄົບຖ້ວນ, ສະເໜີອະນຸມັດ.");
		click("task-complete");
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-outcome-recommend-approve")));
		screenshot("06-officer-studied");
		logout();
	}

	private void approveAsLeader(String caseNumber) throws IOException {
		login("leader.vte");
		click("inbox-open-" + caseNumber);
		waitFor("task-outcome-approve");
		screenshot("07-leader-case");
		claimIfOffered();
		click("task-outcome-approve");
		typeIntoArea("task-comment", "ອະນຸມັດຕາມຄຳສະເໜີ.");
		click("task-complete");
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-outcome-approve")));
		screenshot("08-leader-approved");
		logout();
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

	private void claimIfOffered() {
		if (!driver.findElements(By.id("task-claim")).isEmpty()) {
			click("task-claim");
		}
	}

	private WebElement input(String id) {
		return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
	}

	private void typeInto(String id, String text) {
		WebElement field = input(id);
		field.clear();
		field.sendKeys(text, Keys.TAB);
		awaitVaadin();
	}

	private void typeIntoArea(String id, String text) {
		WebElement area = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " textarea")));
		area.sendKeys(text, Keys.TAB);
		awaitVaadin();
	}

	private void click(String id) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		// a toast from the previous step may lie over the button: close it, as a user
		// would
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

	private static Path writeSmallPdf(Path file) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Enterprise registration certificate");
				content.endText();
			}
			pdf.save(file.toFile());
		}
		return file;
	}

}

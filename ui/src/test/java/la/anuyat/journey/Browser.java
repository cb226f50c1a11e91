package la.anuyat.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

/**
 * Debian's headless Chromium driving the application the way a user does, for the browser
 * journeys: sign in and out, type into Vaadin fields, click, and wait for Vaadin's server
 * round trips instead of sleeping. Screenshots go to {@code target/screenshots}.
 */
final class Browser {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private String baseUrl = "";

	private Browser(WebDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	static Browser start() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("anuyat.test.chromium", "/usr/bin/chromium"));
		// no background networking: this machine's network is closed, and the journeys
		// need none
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1366,1000", "--lang=lo", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("anuyat.test.chromedriver", "/usr/bin/chromedriver")))
			.build();
		Files.createDirectories(SCREENSHOTS);
		return new Browser(new ChromeDriver(service, options));
	}

	void quit() {
		this.driver.quit();
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait await() {
		return this.wait;
	}

	/** Where the application under test answers, e.g. {@code http://localhost:PORT}. */
	void baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String url(String path) {
		return this.baseUrl + path;
	}

	void open(String path) {
		this.driver.get(url(path));
	}

	void login(String username) {
		open("/login");
		input("login-username").sendKeys(username);
		this.driver.findElement(By.cssSelector("#login-password input")).sendKeys("demo");
		this.driver.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		awaitVaadin();
	}

	void logout() {
		click("logout");
		this.wait.until(ExpectedConditions.urlContains("/login"));
	}

	/** The native input inside the Vaadin field with this id. */
	WebElement input(String id) {
		return this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
	}

	void typeInto(String id, String text) {
		WebElement field = input(id);
		field.clear();
		field.sendKeys(text, Keys.TAB);
		awaitVaadin();
	}

	void typeIntoArea(String id, String text) {
		WebElement area = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " textarea")));
		area.sendKeys(text, Keys.TAB);
		awaitVaadin();
	}

	void click(String id) {
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		// a toast from the previous step may lie over the button: close it, as a user
		// would
		((JavascriptExecutor) this.driver)
			.executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);"
					+ "arguments[0].scrollIntoView({block: 'center'})", element);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
		awaitVaadin();
	}

	void waitFor(String id) {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	/** Waits until Vaadin has no server round trip in flight. */
	void awaitVaadin() {
		this.wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
					+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
	}

	void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

}

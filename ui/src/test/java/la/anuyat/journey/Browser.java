package la.anuyat.journey;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

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
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the application the way a user does, for the browser
 * journeys: sign in and out, type into Vaadin fields, click, upload, and wait for
 * Vaadin's server round trips and the upload component's own state instead of sleeping —
 * so that a loaded machine makes the journeys slower, never wrong. Each page visited can
 * be checked with axe-core, and at phone width for sideways scrolling. Screenshots go to
 * {@code target/screenshots}.
 */
final class Browser {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * How long one step may take. Generous, because every step waits on a condition and
	 * goes on as soon as it holds: only a step that never completes waits this long.
	 */
	private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);

	/** A desktop, the officers' usual screen. */
	static final String DESKTOP = "1366,1000";

	/** A phone held upright (an iPhone 12 to 16 is 390 CSS pixels wide). */
	static final String PHONE = "390,844";

	private final WebDriver driver;

	private final WebDriverWait wait;

	private String baseUrl = "";

	private final List<String> pageProblems = new ArrayList<>();

	private Browser(WebDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, STEP_TIMEOUT);
		driver.manage().timeouts().scriptTimeout(STEP_TIMEOUT);
		driver.manage().timeouts().pageLoadTimeout(STEP_TIMEOUT);
	}

	static Browser start() throws IOException {
		return start(DESKTOP);
	}

	/** A browser whose window has this size, {@code "width,height"} in CSS pixels. */
	static Browser start(String windowSize) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("anuyat.test.chromium", "/usr/bin/chromium"));
		// no background networking: this machine's network is closed, and the journeys
		// need none
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=" + windowSize, "--lang=lo", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run");
		String[] size = windowSize.split(",");
		if (Integer.parseInt(size[0]) < 500) {
			// a headless window is at least 500 px wide: narrower screens are emulated,
			// as Chrome's device mode does
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width",
					Integer.parseInt(size[0]), "height", Integer.parseInt(size[1]), "pixelRatio", 2.0)));
		}
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

	/** Opens a page of the application and waits until Vaadin has shown it. */
	void openAndWait(String path) {
		open(path);
		awaitVaadin();
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

	/**
	 * Sets the date of the Vaadin date picker with this id. At phone width the picker
	 * opens a full-screen calendar and ignores typed text; a user then taps the day. The
	 * test sets the component's value instead, which fires the same value-changed event
	 * the calendar does, and waits for the round trip.
	 */
	void pickDate(String id, java.time.LocalDate date) {
		WebElement picker = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]", picker, date.toString());
		awaitVaadin();
	}

	void typeIntoArea(String id, String text) {
		WebElement area = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " textarea")));
		area.sendKeys(text, Keys.TAB);
		awaitVaadin();
	}

	/**
	 * Clicks the element of this id as a user does. A toast from the previous step may
	 * lie over it, or slide in over it between the driver's check of what is under the
	 * pointer and the click itself, which then lands on the toast and is lost: the toasts
	 * are closed, as a user would, and the click waits until they have gone.
	 */
	void click(String id) {
		awaitVaadin();
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		js.executeScript("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);"
				+ "arguments[0].scrollIntoView({block: 'center'})", element);
		this.wait.until((d) -> Boolean.TRUE
			.equals(js.executeScript("return document.querySelectorAll('vaadin-notification-card').length === 0")));
		awaitVaadin();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
		awaitVaadin();
	}

	void waitFor(String id) {
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	/**
	 * Waits until the page has loaded and Vaadin has no server round trip in flight, as
	 * TestBench's waitForVaadin does: every Flow client on the page answers
	 * {@code isActive() === false} (no request under way, no server call queued, no
	 * message being handled).
	 */
	void awaitVaadin() {
		this.wait.until(vaadinIdle());
	}

	private static ExpectedCondition<Boolean> vaadinIdle() {
		return (d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
					+ " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
					+ " && Object.values(window.Vaadin.Flow.clients).every(c => c.isActive() === false)"));
	}

	/**
	 * Uploads a file with the Vaadin upload component of this id and waits until the
	 * component has sent it (no file of its list still uploading or waiting) and Vaadin
	 * is idle. The upload handler's changes to the page arrive by server push, possibly
	 * before the upload request itself has completed: the next step must not start in
	 * that gap.
	 */
	void upload(String id, Path file) {
		WebElement upload = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		WebElement input = this.wait
			.until((d) -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
		input.sendKeys(file.toAbsolutePath().toString());
		this.wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"return (arguments[0].files || []).every(f => f.complete || !!f.error || (!f.uploading && !f.held))",
				upload)));
		awaitVaadin();
	}

	void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

	/**
	 * Shows what the browser showed when a journey failed: a screenshot, and the page's
	 * text and notifications in the failure report.
	 */
	static TestWatcher screenshotOnFailure(Supplier<Browser> browser) {
		return new TestWatcher() {
			@Override
			public void testFailed(ExtensionContext context, Throwable cause) {
				Browser failed = browser.get();
				if (failed == null) {
					return;
				}
				try {
					failed.screenshot("failed-" + context.getRequiredTestMethod().getName());
					Object shown = ((JavascriptExecutor) failed.driver).executeScript(
							"return location.href + '\\n' + [...document.querySelectorAll('vaadin-notification-card')]"
									+ ".map(c => 'notification: ' + c.innerText).join('\\n') + '\\n'"
									+ " + (document.body ? document.body.innerText : '')");
					System.err.println("Browser at failure of " + context.getDisplayName() + ":\n" + shown);
				}
				catch (RuntimeException | IOException ex) {
					System.err.println("No screenshot of the failure: " + ex);
				}
			}
		};
	}

	// Phone width

	/**
	 * Notes, for {@link #assertPagesSound()}, when the page does not fit the window's
	 * width: the page scrolls sideways, or a visible grid hides columns behind its own
	 * sideways scrolling.
	 */
	void checkNoSidewaysScrolling(String page) {
		awaitVaadin();
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) ((JavascriptExecutor) this.driver)
			.executeScript("const wide = [...document.querySelectorAll('vaadin-grid')]"
					+ ".filter(g => g.offsetParent !== null && g.shadowRoot && g.shadowRoot.querySelector('#table'))"
					+ ".map(g => [g.id || 'grid', g.shadowRoot.querySelector('#table')])"
					+ ".filter(([, t]) => t.scrollWidth > t.clientWidth + 1)"
					+ ".map(([id, t]) => id + ' ' + t.scrollWidth + ' px in ' + t.clientWidth + ' px');"
					+ " return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
					+ " grids: wide.join(', ')};");
		long scroll = ((Number) widths.get("scroll")).longValue();
		long inner = ((Number) widths.get("inner")).longValue();
		String grids = String.valueOf(widths.get("grids"));
		if (scroll > inner || !grids.isEmpty()) {
			throw new AssertionError(page + " scrolls sideways at " + inner + " px: the page is " + scroll + " px wide"
					+ (grids.isEmpty() ? "" : "; grids: " + grids));
		}
	}

	/** Fails unless the element of this id is shown, whole, within the window's width. */
	void assertWithinWindow(String id) {
		WebElement element = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		Boolean inside = (Boolean) ((JavascriptExecutor) this.driver).executeScript(
				"const r = arguments[0].getBoundingClientRect();"
						+ " return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth + 0.5;",
				element);
		if (!Boolean.TRUE.equals(inside)) {
			throw new AssertionError(id + " is not within the window");
		}
	}

	// Accessibility

	private static String axeSource;

	/**
	 * Runs axe-core on the page as it is now and notes its serious and critical
	 * violations, and whether the page has other than one main landmark or one level-one
	 * heading, for {@link #assertPagesSound()}.
	 */
	@SuppressWarnings("unchecked")
	void checkAccessibility(String page) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		// a plain page (the public verification page) has no Vaadin client to wait for;
		// the colours are checked once the opening animations (a dialog's fade-in) end
		this.wait.until((d) -> Boolean.TRUE.equals(js.executeScript("const f = window.Vaadin && window.Vaadin.Flow"
				+ " && window.Vaadin.Flow.clients; return document.readyState === 'complete'"
				+ " && (!f || Object.values(f).every(c => c.isActive() === false))"
				+ " && document.getAnimations().every(a => a.playState !== 'running'"
				+ " || a.effect.getComputedTiming().iterations === Infinity)")));
		if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
			js.executeScript(axe());
		}
		// While a modal dialog is open, Vaadin hides the page behind it from assistive
		// technology (aria-hidden on the outlet): what the user can reach is the dialog,
		// so the hidden page is left out of that check.
		List<String> problems = new ArrayList<>(
				(List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
						+ " const modal = !!document.querySelector('vaadin-dialog-overlay[opened],"
						+ " vaadin-confirm-dialog-overlay[opened]');"
						+ " axe.run(modal ? { exclude: [['#outlet']] } : document, { resultTypes: ['violations'] })"
						+ ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
						+ ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 6)"
						+ ".map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))"
						+ ".join(' | '))))" + ".catch(e => done(['axe failed: ' + e]));"));
		long levelOne = (Long) js.executeScript(
				"return document.querySelectorAll('h1:not([role]), [role=heading][aria-level=\"1\"]').length");
		long mains = (Long) js.executeScript("return document.querySelectorAll('main, [role=main]').length");
		if (levelOne != 1) {
			problems.add("the page has " + levelOne + " level-one headings, not one");
		}
		if (mains != 1) {
			problems.add("the page has " + mains + " main landmarks, not one");
		}
		if (!problems.isEmpty()) {
			this.pageProblems.add("Accessibility of " + page + " (" + this.driver.getCurrentUrl() + "):\n  "
					+ String.join("\n  ", problems));
		}
	}

	/**
	 * Fails with every problem found on the pages checked so far (accessibility, sideways
	 * scrolling), so that one run of a journey lists them all.
	 */
	void assertPagesSound() {
		List<String> found = List.copyOf(this.pageProblems);
		this.pageProblems.clear();
		if (!found.isEmpty()) {
			throw new AssertionError(String.join("\n", found));
		}
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException(
							"axe/axe.min.js is not on the test classpath: the build takes it from npm (ui/pom.xml)");
				}
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("axe-core cannot be read", ex);
			}
		}
		return axeSource;
	}

}

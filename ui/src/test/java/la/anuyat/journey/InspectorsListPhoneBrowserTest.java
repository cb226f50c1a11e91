package la.anuyat.journey;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.EntryView;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.SubjectKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector on a phone opens their list of inspections assigned from the approved plan
 * and lets the phone tell where they stand: the inspection at the nearest station comes
 * first with its distance. Same configuration as {@code H2ApiJourneyTests}, so the
 * classes share one application context.
 */
class InspectorsListPhoneBrowserTest extends BrowserJourney {

	@Autowired
	InspectionPlans plans;

	@Autowired
	AuthorityService authorities;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start(Browser.PHONE);
	}

	@Test
	void anInspectorSeesTheAssignedInspectionsNearestFirstOnAPhone() throws IOException {
		Actor leader = this.authorities.staffByUsername("leader.vte").orElseThrow().toActor();
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		if (this.plans.findPlan(leader, "VTE", year).isEmpty()) {
			this.plans.generate(leader, "VTE", year);
			this.plans.approve(leader, "VTE", year);
		}
		List<PlanEntry> stations = this.plans.plan(leader, "VTE", year)
			.entries()
			.stream()
			.map(EntryView::entry)
			.filter((entry) -> entry.getSubjectKind() == SubjectKind.ASSIGNMENT && entry.getLatitude() != null)
			.toList();
		assertThat(stations).as("the demo's frequency assignments in Vientiane Capital").hasSizeGreaterThan(1);
		PlanEntry near = stations.get(0);
		PlanEntry far = stations.stream()
			.filter((entry) -> Math.abs(entry.getLatitude() - near.getLatitude())
					+ Math.abs(entry.getLongitude() - near.getLongitude()) > 0.001)
			.findFirst()
			.orElseThrow();
		LocalDate day = LocalDate.of(year, 12, 31);
		this.plans.assign(leader, far.getId(), List.of("inspector.vte"), day);
		this.plans.assign(leader, near.getId(), List.of("inspector.vte"), day);

		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
		chrome.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", near.getLatitude(), "longitude", near.getLongitude(), "accuracy", 10));
		browser.login("inspector.vte");
		// an inspector lands on their list of inspections
		browser.waitFor("mine-" + far.getId());
		browser.waitFor("mine-" + near.getId());
		browser.click("mine-locate");
		browser.await()
			.until(ExpectedConditions.presenceOfNestedElementLocatedBy(By.id("mine-" + near.getId()),
					By.className("inspection-distance")));
		List<WebElement> cards = browser.driver().findElements(By.cssSelector("#mine-cards .inspection-card"));
		List<String> order = cards.stream().map((card) -> card.getAttribute("id")).toList();
		assertThat(order.indexOf("mine-" + near.getId())).as("the nearest first on the same day")
			.isLessThan(order.indexOf("mine-" + far.getId()));
		assertThat(browser.driver().findElement(By.id("mine-" + near.getId())).getText()).contains("0.0");
		browser.screenshot("phone-50-inspector-list-nearest-first");
		browser.logout();
	}

}

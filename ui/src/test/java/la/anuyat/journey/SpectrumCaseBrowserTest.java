package la.anuyat.journey;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry's engineer reads the spectrum report of an application next to the demo
 * taxi dispatch channel in Vientiane on its case page (the conflict with its distance and
 * margin, the border 4 km away) and records the cross-border coordination's
 * administrations and reference. Same configuration as {@code H2ApiJourneyTests}, so the
 * classes share one application context.
 */
class SpectrumCaseBrowserTest extends BrowserJourney {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theEngineerReadsTheConflictsAndRecordsTheCoordination() throws IOException {
		ApiClient applicant = ApiClient.as(this.port, "applicant", "demo", null);
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", "SPECTRUM")
			.put("stationName", "That Luang market radio")
			.put("radioService", "MOBILE")
			.put("latitude", 17.9790)
			.put("longitude", 102.6400)
			.put("siteElevationM", 172)
			.put("antennaHeightM", 20)
			.put("antennaGainDbi", 3)
			.put("polarisation", "VERTICAL")
			.put("centreFrequencyMhz", 152.5)
			.put("bandwidthKhz", 11)
			.put("emissionDesignator", "11K0F3E")
			.put("powerW", 25)
			.put("serviceAreaRadiusKm", 10)
			.put("areaClass", "urban");
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", "SPECTRUM", "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient engineer = ApiClient.as(this.port, "officer.mtc", "demo", null);
		engineer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		engineer.completeTask(caseNumber, "userTask_reviewSpectrum", "accept-conflicts",
				"The taxi co-operative shares the channel by agreement.");

		browser.login("officer.mtc");
		browser.openAndWait("/cases/" + caseNumber);
		browser.waitFor("spectrum-assessment");
		String panel = browser.driver().findElement(By.id("spectrum-assessment")).getText();
		// the browser speaks Lao, the first language
		assertThat(panel).contains("SPA-VTE-0002", "Vientiane taxi dispatch base", "ວິທະຍຸເຄື່ອນທີ່ທາງບົກ VHF",
				"0.0000 MHz");
		assertThat(browser.driver().findElement(By.id("spectrum-border")).getText()).contains("ຕ້ອງປະສານງານຂ້າມຊາຍແດນ");
		assertThat(browser.driver().findElement(By.id("spectrum-conclusion")).getText())
			.contains("The taxi co-operative shares the channel");
		browser.checkAccessibility("a spectrum case at its cross-border coordination");
		browser.typeInto("spectrum-coordination-administrations", "Thailand (NBTC)");
		browser.typeInto("spectrum-coordination-reference", "NBTC-LA-2026-031");
		browser.click("spectrum-coordination-save");
		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("spectrum-coordination"),
					"NBTC-LA-2026-031"));
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("every text translated")
			.doesNotContain("!lo:")
			.doesNotContain("!en:");
		browser.screenshot("60-spectrum-case-report");
	}

}

package la.anuyat.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient.Answer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A radio frequency licence through the REST API: the applicant applies for a channel,
 * the ministry's engineer reads the spectrum report on the case and concludes, review and
 * decide approve it, the yearly fee is paid, and the licence puts the assignment in the
 * public register and on the company page, where the next application on the channel
 * meets it as a conflict. Shares its application context with
 * {@link EquipmentTypeApprovalApiTest} (the same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-equipment;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/equipment" })
class SpectrumLicenceApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void appliesAssessesAndIssuesAChannelThatLaterApplicationsMeet() throws Exception {
		String marker = "zq" + Long.toString(System.nanoTime(), 36);
		ApiClient applicant = as("applicant");
		String caseNumber = submitted(applicant, "Vang Vieng lodge radio " + marker, 18.93, 102.44);

		ApiClient engineer = as("officer.mtc");
		engineer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		JsonNode report = engineer.get("/api/v1/cases/" + caseNumber).json().path("spectrumAssessment");
		assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("CLEAR");
		assertThat(report.path("bandPlan").asText()).isEqualTo("FITS");
		assertThat(report.path("band").asText()).isEqualTo("VHF land mobile");
		assertThat(report.path("coordinationRequired").asBoolean()).isFalse();
		assertThat(report.path("borderDistanceKm").asDouble()).isGreaterThan(30);
		engineer.completeTask(caseNumber, "userTask_reviewSpectrum", "no-conflict", null);
		engineer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "Clear channel.");
		as("leader.mtc").completeTask(caseNumber, "userTask_decideApplication", "approve", "Approved.");

		JsonNode invoice = applicant.get("/api/v1/applications/" + caseNumber + "/invoice").json();
		assertThat(invoice.path("amountKip").asLong()).as("VHF, rural: the yearly minimum").isEqualTo(500_000L);
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant, caseNumber)
			.status()).isEqualTo(200);
		JsonNode issued = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(issued.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = issued.path("licenceNumber").asText();
		String reference = "SPA-" + licenceNumber;

		// in the public register without signing in, and on the company page
		JsonNode register = anonymous().get("/api/v1/spectrum/assignments?q=" + marker).json();
		assertThat(register.findValuesAsText("reference")).containsExactly(reference);
		JsonNode company = applicant.get("/api/v1/companies/mine").json();
		assertThat(company.path("frequencies").findValuesAsText("reference")).contains(reference);

		// the signed certificate prints the assignment
		Answer certificate = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(certificate.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Radio Frequency Licence", reference,
					"11K0F3E");
		}

		// the next application on the channel, 1.5 km away, conflicts with it
		String next = submitted(as("applicant"), "Vang Vieng market radio " + marker, 18.94, 102.45);
		engineer.completeTask(next, "userTask_checkCompleteness", "complete", null);
		JsonNode conflicted = engineer.get("/api/v1/cases/" + next).json().path("spectrumAssessment");
		assertThat(conflicted.path("verdict").asText()).isEqualTo("CONFLICTS");
		assertThat(conflicted.path("conflicts").findValuesAsText("assignment")).containsExactly(reference);
		assertThat(conflicted.path("conflicts").get(0).path("marginDb").asDouble()).isNegative();
	}

	private String submitted(ApiClient applicant, String station, double latitude, double longitude) {
		ObjectNode form = JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.put("companyNameEn", "Lao Digital Co., Ltd.")
			.put("licenceType", "SPECTRUM")
			.put("stationName", station)
			.put("radioService", "MOBILE")
			.put("latitude", latitude)
			.put("longitude", longitude)
			.put("siteElevationM", 230)
			.put("antennaHeightM", 20)
			.put("antennaGainDbi", 3)
			.put("polarisation", "VERTICAL")
			.put("centreFrequencyMhz", 153.7125)
			.put("bandwidthKhz", 11)
			.put("emissionDesignator", "11K0F3E")
			.put("powerW", 25)
			.put("receiverThresholdDbm", -110)
			.put("serviceAreaRadiusKm", 15)
			.put("areaClass", "rural");
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", "SPECTRUM", "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return caseNumber;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

}

package la.anuyat.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.spectrum.AssessmentRequest;
import la.anuyat.spectrum.SearchWindow;
import la.anuyat.spectrum.SpectrumService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The spectrum API on the demo register (assignments around Vientiane and Luang Prabang):
 * the allocation table and the public register without sign-in, and the technical
 * assessment of a clean request, a co-channel conflict, an out-of-band request and bad
 * input. Shares its application context with {@link DataOnlyLicenceTypeJourneyTest} (the
 * same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class SpectrumApiTest {

	@LocalServerPort
	int port;

	@Autowired
	SpectrumService spectrum;

	@Test
	void publishesTheAllocationTableWithEverySourceCited() {
		Answer table = anonymous(null).get("/api/v1/spectrum/allocations");
		assertThat(table.status()).as(table.toString()).isEqualTo(200);
		JsonNode bands = table.json().path("bands");
		assertThat(bands.size()).isGreaterThan(30);
		bands.forEach((band) -> {
			assertThat(band.path("source").asText()).as(band.toString()).contains("ITU RR Art. 5");
			assertThat(band.path("lowerMhz").asDouble()).isLessThan(band.path("upperMhz").asDouble());
		});
		JsonNode fm = bandAt(bands, 98);
		assertThat(fm.path("services").findValuesAsText("service")).contains("BROADCASTING");
		assertThat(bandAt(bands, 7450).path("source").asText()).contains("ITU-R F.385");
		assertThat(bandAt(bands, 1815).path("source").asText()).contains("3GPP band 3");
		assertThat(bandAt(bands, 2450).path("licenceExempt").asBoolean()).isTrue();
		Answer lao = anonymous("lo").get("/api/v1/spectrum/allocations");
		assertThat(bandAt(lao.json().path("bands"), 98).path("footnote").asText()).contains("ກະຈາຍສຽງ");
	}

	@Test
	void describesTheSpectrumEndpointsInOpenApi() {
		JsonNode paths = anonymous(null).get("/v3/api-docs").json().path("paths");
		JsonNode allocations = paths.path("/api/v1/spectrum/allocations").path("get");
		assertThat(allocations.path("security").isArray() && allocations.path("security").isEmpty())
			.as("public: " + allocations)
			.isTrue();
		assertThat(paths.path("/api/v1/spectrum/assignments").path("get").path("security").isEmpty()).isTrue();
		assertThat(paths.path("/api/v1/spectrum/assessments").has("post")).isTrue();
	}

	@Test
	void listsThePublicRegisterWithoutConfidentialAssignments() {
		Answer all = anonymous(null).get("/api/v1/spectrum/assignments");
		assertThat(all.status()).as(all.toString()).isEqualTo(200);
		assertThat(all.json().findValuesAsText("reference")).contains("SPA-VTE-0001", "SPA-LPB-0001")
			.doesNotContain("SPA-VTE-0005");
		assertThat(all.json().findValuesAsText("licensee")).doesNotContain("Ministry of Public Security");

		assertThat(anonymous(null).get("/api/v1/spectrum/assignments?province=LPB").json().findValuesAsText("province"))
			.isNotEmpty()
			.containsOnly("LPB");
		assertThat(
				anonymous(null).get("/api/v1/spectrum/assignments?band=87.5-108").json().findValuesAsText("reference"))
			.containsExactlyInAnyOrder("SPA-LPB-0001", "SPA-VTE-0001");
		assertThat(anonymous(null).get("/api/v1/spectrum/assignments?q=taxi").json().findValuesAsText("reference"))
			.containsExactly("SPA-VTE-0002");
		assertThat(anonymous(null).get("/api/v1/spectrum/assignments?band=410-420").json().size())
			.as("the security network is the only assignment there, and it is confidential")
			.isZero();
		Answer badBand = anonymous(null).get("/api/v1/spectrum/assignments?band=FM");
		assertThat(badBand.status()).isEqualTo(400);
		assertThat(badBand.json().path("errors").findValuesAsText("field")).containsExactly("band");
	}

	@Test
	void clearsARequestWithNoAssignmentNearItsChannel() {
		Answer answer = as("applicant").post("/api/v1/spectrum/assessments", landMobile(160.0, 11, "11K0F3E"));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("verdict").asText()).isEqualTo("CLEAR");
		assertThat(answer.json().path("bandPlan").path("fits").asBoolean()).isTrue();
		assertThat(answer.json().path("bandPlan").path("band").path("source").asText()).contains("156.8375-174");
		assertThat(answer.json().path("searchDistanceKm").asDouble()).isEqualTo(150);
		assertThat(answer.json().path("conflicts").size()).isZero();
	}

	/**
	 * The register holds a 28 MHz fixed link (SPA-VTE-0004), so a window from the widest
	 * bandwidth of the register alone would be 3 · 28 = 84 MHz either side of every
	 * request. Narrowed with the widest bandwidth within that first window (FM, 200 kHz),
	 * an 11 kHz land mobile request at 152.5 MHz reads 3 · 0.2 = 0.6 MHz either side; its
	 * box is 150 km / 111.32 km per degree = 1.35° of latitude either side.
	 */
	@Test
	void narrowsThePreFilterWindowOfANarrowBandRequest() {
		SearchWindow window = this.spectrum
			.searchWindow(new AssessmentRequest("New base", "MOBILE", 152.5, 11.0, "11K0F3E", 17.9757, 102.6331, 30.0,
					25.0, null, 3.0, null, -110.0))
			.orElseThrow();
		assertThat(window.lowMhz()).isCloseTo(151.9, within(1e-6));
		assertThat(window.highMhz()).isCloseTo(153.1, within(1e-6));
		assertThat(window.north() - window.south()).isCloseTo(2 * 150 / 111.32, within(1e-6));
		assertThat(window.searchDistanceKm()).isEqualTo(150);
	}

	/**
	 * The border check on the answer: Vientiane lies on the Mekong, the Thai border
	 * (within 30 km, so coordination); Luang Prabang is some 100 km from every border.
	 */
	@Test
	void saysHowFarTheStationIsFromTheBorderAndWhetherItNeedsCoordination() {
		Answer vientiane = as("applicant").post("/api/v1/spectrum/assessments", landMobile(160.0, 11, "11K0F3E"));
		assertThat(vientiane.status()).as(vientiane.toString()).isEqualTo(200);
		assertThat(vientiane.json().path("borderDistanceKm").asDouble()).isBetween(0.1, 5.0);
		assertThat(vientiane.json().path("insideLaos").asBoolean()).isTrue();
		assertThat(vientiane.json().path("borderCoordinationKm").asDouble()).isEqualTo(30);
		assertThat(vientiane.json().path("coordinationRequired").asBoolean()).isTrue();
		Map<String, Object> request = landMobile(160.0, 11, "11K0F3E");
		request.put("latitude", 19.8856);
		request.put("longitude", 102.1347);
		Answer luangPrabang = as("applicant").post("/api/v1/spectrum/assessments", request);
		assertThat(luangPrabang.json().path("borderDistanceKm").asDouble()).isGreaterThan(60);
		assertThat(luangPrabang.json().path("coordinationRequired").asBoolean()).isFalse();
	}

	/**
	 * On the taxi dispatch channel (152.5 MHz, 11 kHz), 1 km from its base: the request,
	 * 25 W into 3 dBi (EIRP 14.0 + 30 + 3 = 47 dBm), against the base's receiver (3 dBi):
	 * L = 32.45 + 20·log10(152.5) + 20·log10(d) with d ≈ 1.1 km, about 77 dB, so I ≈ 47 −
	 * 77 + 3 = −27 dBm against N = −174 + 10·log10(11 000) + 7 = −126.6 dBm: I/N near 100
	 * dB, far above −6 dB.
	 */
	@Test
	void flagsACoChannelConflictNamingTheAssignmentItsDistanceAndMargin() {
		Map<String, Object> request = landMobile(152.5, 11, "11K0F3E");
		request.put("latitude", 17.9857);
		Answer answer = as("officer.vte").post("/api/v1/spectrum/assessments", request);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("verdict").asText()).isEqualTo("CONFLICTS");
		JsonNode conflict = answer.json().path("conflicts").get(0);
		assertThat(conflict.path("reference").asText()).isEqualTo("SPA-VTE-0002");
		assertThat(conflict.path("stationName").asText()).isEqualTo("Vientiane taxi dispatch base");
		assertThat(conflict.path("channelOffset").asInt()).isZero();
		// 0.01° of latitude: 6371.0088 km · π/180 · 0.01 = 1.11 km
		assertThat(conflict.path("distanceKm").asDouble()).isCloseTo(1.11, within(0.01));
		assertThat(conflict.path("noiseDbm").asDouble()).isCloseTo(-126.59, within(0.01));
		assertThat(conflict.path("interferenceToNoiseDb").asDouble()).isGreaterThan(90);
		assertThat(conflict.path("marginDb").asDouble())
			.isCloseTo(-6 - conflict.path("interferenceToNoiseDb").asDouble(), within(0.02));
	}

	@Test
	void withholdsAConfidentialAssignmentsIdentityFromAnApplicant() {
		Map<String, Object> request = landMobile(415.5, 11, "11K0F3E");
		request.put("latitude", 17.9650);
		request.put("longitude", 102.6200);
		Answer byApplicant = as("applicant").post("/api/v1/spectrum/assessments", request);
		assertThat(byApplicant.json().path("verdict").asText()).as(byApplicant.toString()).isEqualTo("CONFLICTS");
		JsonNode withheld = byApplicant.json().path("conflicts").get(0);
		assertThat(withheld.path("reference").asText()).isEqualTo("CONFIDENTIAL");
		assertThat(withheld.path("stationName").isNull()).isTrue();
		assertThat(withheld.path("latitude").isNull()).isTrue();
		assertThat(byApplicant.text()).doesNotContain("Ministry of Public Security");

		Answer byStaff = as("officer.mtc").post("/api/v1/spectrum/assessments", request);
		assertThat(byStaff.json().path("conflicts").get(0).path("reference").asText()).isEqualTo("SPA-VTE-0005");
	}

	@Test
	void refusesARequestOutsideTheBandPlan() {
		Answer gap = as("applicant").post("/api/v1/spectrum/assessments", landMobile(300.0, 11, "11K0F3E"));
		assertThat(gap.status()).as(gap.toString()).isEqualTo(200);
		assertThat(gap.json().path("verdict").asText()).isEqualTo("OUTSIDE_BAND_PLAN");
		assertThat(gap.json().path("bandPlan").path("outcome").asText()).isEqualTo("NO_ALLOCATION");
		assertThat(gap.json().path("bandPlan").path("reasonEn").asText()).contains("300 MHz");
		assertThat(gap.json().path("bandPlan").path("reasonLo").asText()).contains("300 MHz");

		Answer wrongService = as("applicant").post("/api/v1/spectrum/assessments", landMobile(103.7, 200, "200KF8E"));
		assertThat(wrongService.json().path("verdict").asText()).isEqualTo("OUTSIDE_BAND_PLAN");
		assertThat(wrongService.json().path("bandPlan").path("outcome").asText()).isEqualTo("SERVICE_NOT_ALLOCATED");
	}

	@Test
	void refusesBadInputWithEveryFieldNamedInLaoAndEnglish() {
		Map<String, Object> request = landMobile(152.5, 12.5, "16KF3E0");
		request.put("latitude", 95.0);
		request.remove("antennaGainDbi");
		request.put("powerDbw", 20.0);
		request.put("service", "TELEPATHY");
		Answer refused = as("applicant").post("/api/v1/spectrum/assessments", request);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("code").asText()).isEqualTo("spectrum.invalid");
		JsonNode errors = refused.json().path("errors");
		assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("service", "emissionDesignator",
				"latitude", "powerDbw", "antennaGainDbi");
		errors.forEach((error) -> {
			assertThat(error.path("messageLo").asText()).as(error.toString()).isNotBlank();
			assertThat(error.path("messageEn").asText()).as(error.toString()).isNotBlank();
		});
		assertThat(errors.findValuesAsText("messageEn")).anyMatch((message) -> message.contains("Appendix 1"));

		Map<String, Object> mismatch = landMobile(152.5, 12.5, "16K0F3E");
		Answer lao = ApiClient.as(this.port, "applicant", "demo", "lo").post("/api/v1/spectrum/assessments", mismatch);
		assertThat(lao.status()).isEqualTo(400);
		assertThat(lao.json().path("errors").get(0).path("field").asText()).isEqualTo("bandwidthKhz");
		assertThat(lao.json().path("errors").get(0).path("message").asText()).contains("ແບນວິດ");

		assertThat(anonymous(null).post("/api/v1/spectrum/assessments", landMobile(160.0, 11, "11K0F3E")).status())
			.as("the assessment needs a signed-in caller")
			.isEqualTo(401);
	}

	/** A land mobile base in Vientiane: 25 W (14.0 dBW) into 3 dBi, 30 m. */
	private static Map<String, Object> landMobile(double frequencyMhz, double bandwidthKhz, String emission) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("stationName", "New base");
		request.put("service", "MOBILE");
		request.put("frequencyMhz", frequencyMhz);
		request.put("bandwidthKhz", bandwidthKhz);
		request.put("emissionDesignator", emission);
		request.put("latitude", 17.9757);
		request.put("longitude", 102.6331);
		request.put("antennaHeightM", 30.0);
		request.put("powerW", 25.0);
		request.put("antennaGainDbi", 3.0);
		request.put("receiverThresholdDbm", -110.0);
		return request;
	}

	private static JsonNode bandAt(JsonNode bands, double mhz) {
		for (JsonNode band : bands) {
			if (band.path("lowerMhz").asDouble() <= mhz && mhz < band.path("upperMhz").asDouble()) {
				return band;
			}
		}
		throw new AssertionError("no band holds " + mhz + " MHz");
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

	private ApiClient anonymous(String language) {
		return ApiClient.as(this.port, null, null, language);
	}

}

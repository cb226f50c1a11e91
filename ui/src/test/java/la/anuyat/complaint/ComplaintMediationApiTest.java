package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.licence.internal.signing.SignedPdfVerifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint mediated through the staff API, as the Post section of Vientiane Capital
 * works it: filed by the public, taken up, answered by the operator, sent to mediation,
 * the meeting scheduled and recorded (a signed record), then decided (a signed letter the
 * complainant downloads with the tracking code); and the refusals: out of order (409),
 * bad input (400, nothing stored), the operator's own account (403), another province
 * (404); a point outside Laos on the public form and through Open311 (400, nothing
 * stored).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-complaint-mediation;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/complaint-mediation" })
class ComplaintMediationApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void refusesAPointOutsideLaosOnThePublicFormAndStoresNothing() {
		ApiClient publicForm = ApiClient.as(this.port, null, null, "en");
		int before = complaints();
		// Bangkok: a point in Thailand
		Answer outside = publicForm.postForm("/api/v1/complaints", form("13.7563", "100.5018"), Map.of());
		assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
		assertThat(outside.text()).contains("location", "outside Laos");
		assertThat(complaints()).as("nothing stored").isEqualTo(before);
		// Open311's lat and long get the same check, answered in the specification's
		// error format
		Answer open311 = publicForm.post("/open311/v2/requests.json", MediaType.APPLICATION_FORM_URLENCODED,
				"service_code=CMP-BILLING&lat=13.7563&long=100.5018&first_name=Noy&email=noy%40example.la"
						+ "&description=Charged+twice&attribute%5Bprovince%5D=VTE");
		assertThat(open311.status()).as(open311.toString()).isEqualTo(400);
		assertThat(open311.json().isArray()).isTrue();
		assertThat(open311.json().findValuesAsText("description")).anyMatch((text) -> text.contains("outside Laos"));
		assertThat(complaints()).as("nothing stored").isEqualTo(before);
		Answer inside = publicForm.postForm("/api/v1/complaints", form("17.9667", "102.6"), Map.of());
		assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
		assertThat(complaints()).isEqualTo(before + 1);
	}

	@Test
	void mediatesAComplaintWithASignedRecordThenDecidesItWithASignedLetter() throws Exception {
		ApiClient officer = as("post.vte");
		ApiClient operator = as("applicant");
		long companyId = operator.get("/api/v1/companies/mine").json().path("id").asLong();
		MultiValueMap<String, String> fields = form(null, null);
		fields.add("respondentCompanyId", String.valueOf(companyId));
		Answer filed = ApiClient.as(this.port, null, null, "en").postForm("/api/v1/complaints", fields, Map.of());
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String caseNumber = filed.json().path("caseNumber").asText();
		String code = filed.json().path("trackingCode").asText();
		officer.completeTask(caseNumber, "userTask_triageComplaint", "accept", null);
		operator.completeTask(caseNumber, "userTask_respondToComplaint", "respond", "We charged once only.");
		officer.completeTask(caseNumber, "userTask_assessComplaint", "mediate", "The two sides disagree on the bill.");

		String mediation = "/api/v1/complaint-cases/" + caseNumber + "/mediation";
		Answer early = officer.post(mediation + "/record",
				Map.of("attended", List.of("Noy"), "minutes", "x", "outcome", "NO_AGREEMENT"));
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		Answer bad = officer.post(mediation, Map.of("meetingAt", "2020-01-01T10:00", "place", " ", "participants",
				List.of(Map.of("side", "COMPLAINANT", "name", "Noy"))));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.text()).contains("meetingAt", "place", "participants");
		Answer badSide = officer.post(mediation,
				Map.of("meetingAt", meetingAt(), "place", "Room 2", "participants", List.of(Map.of("side", "JUDGE"))));
		assertThat(badSide.status()).as(badSide.toString()).isEqualTo(400);
		assertThat(officer.get(mediation).status()).as("nothing stored").isEqualTo(404);
		assertThat(operator.post(mediation, meeting()).status()).as("the operator's own account").isEqualTo(403);
		assertThat(as("officer.lpb").post(mediation, meeting()).status()).as("another province").isEqualTo(404);

		Answer scheduled = officer.post(mediation, meeting());
		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
		assertThat(scheduled.json().path("participants").findValuesAsText("name")).containsExactly("Noy",
				"Somchai Phommavong", "Keo Sivilay");
		Answer tracked = ApiClient.as(this.port, null, null, "en").get("/api/v1/complaints/" + code);
		assertThat(tracked.json().path("mediation").path("place").asText()).isEqualTo("MTC meeting room 2");
		assertThat(tracked.text()).as("the public never reads who else takes part")
			.doesNotContain("Somchai", "Keo Sivilay");
		assertThat(officer.post(mediation, meeting()).status()).as("scheduled already").isEqualTo(409);

		Answer recorded = officer.post(mediation + "/record",
				Map.of("attended", List.of("Noy", "Somchai Phommavong", "Keo Sivilay"), "minutes",
						"The operator showed the usage log and offered a refund.", "outcome", "AGREED", "agreement",
						"Refund of 50,000 kip within seven days"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		assertThat(recorded.json().path("recordPdf").asText()).isEqualTo(mediation + "/record.pdf");
		Answer record = officer.get(mediation + "/record.pdf", MediaType.APPLICATION_PDF);
		assertThat(record.status()).isEqualTo(200);
		assertThat(new SignedPdfVerifier().verify(record.body()).intact()).isTrue();
		try (PDDocument pdf = Loader.loadPDF(record.body())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Record of mediation",
					"offered a refund", "Refund of 50,000 kip within seven days");
		}
		assertThat(as("officer.lpb").get(mediation + "/record.pdf", MediaType.APPLICATION_PDF).status()).isEqualTo(404);

		ApiClient anyone = ApiClient.as(this.port, null, null, "en");
		assertThat(anyone.get("/api/v1/complaints/" + code + "/decision.pdf", MediaType.APPLICATION_PDF).status())
			.as("no decision yet")
			.isEqualTo(404);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "Refund as agreed.");
		as("leader.vte").completeTask(caseNumber, "userTask_decideApplication", "approve", "Agreed in mediation.");
		JsonNode decided = anyone.get("/api/v1/complaints/" + code).json();
		assertThat(decided.path("remedy").asText()).isEqualTo("Refund of 50,000 kip within seven days");
		assertThat(decided.path("decisionLetter").asText()).isEqualTo("/api/v1/complaints/" + code + "/decision.pdf");
		Answer letter = anyone.get("/api/v1/complaints/" + code + "/decision.pdf", MediaType.APPLICATION_PDF);
		assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
		assertThat(new SignedPdfVerifier().verify(letter.body()).intact()).isTrue();
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Decision on a complaint",
					caseNumber, "Upheld", "Agreed in mediation.");
		}
		assertThat(officer.get("/api/v1/complaint-cases/" + caseNumber + "/decision.pdf", MediaType.APPLICATION_PDF)
			.status()).isEqualTo(200);
		assertThat(anyone.get("/api/v1/complaints/ZZZZ-ZZZZ-ZZZZ/decision.pdf", MediaType.APPLICATION_PDF).status())
			.isEqualTo(404);
	}

	private static Map<String, Object> meeting() {
		return Map.of("meetingAt", meetingAt(), "place", "MTC meeting room 2", "participants",
				List.of(Map.of("side", "COMPLAINANT", "name", "Noy"),
						Map.of("side", "OPERATOR", "name", "Somchai Phommavong", "role", "Customer care manager"),
						Map.of("side", "OFFICER", "name", "Keo Sivilay", "role", "Section officer")));
	}

	private static String meetingAt() {
		return LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS).toString();
	}

	private static MultiValueMap<String, String> form(String latitude, String longitude) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("category", "CMP-BILLING");
		form.add("province", "VTE");
		form.add("description", "Charged twice for the monthly data package");
		form.add("name", "Noy");
		form.add("email", "noy.mediation@example.la");
		if (latitude != null) {
			form.add("latitude", latitude);
			form.add("longitude", longitude);
		}
		return form;
	}

	private int complaints() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

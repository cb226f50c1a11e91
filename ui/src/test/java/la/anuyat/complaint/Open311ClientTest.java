package la.anuyat.complaint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open311 GeoReport v2 endpoints and the public complaint API as a client that
 * follows the specification uses them: plain HTTP, form-encoded requests, JSON and XML
 * answers, errors as a list of code and description. Bad input, an unknown service code,
 * script in the text, a bad key and a flood from one address are refused and store
 * nothing; no answer shows the complainant's name or contact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-complaints-api;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/complaints-api", "anuyat.open311.api-keys=super-app-key",
		"anuyat.complaints.throttle.max-per-window=3" })
class Open311ClientTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String KEY = "super-app-key";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void discoversTheEndpointAndListsTheServicesWithTheirAttributesInJsonAndXml() throws Exception {
		JsonNode discovery = json(get("/open311/v2/discovery.json"));
		assertThat(discovery.path("endpoints").get(0).path("specification").asText())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");

		HttpResponse<String> services = get("/open311/v2/services.json");
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(JSON.readTree(services.body()).findValuesAsText("service_code")).contains("CMP-BILLING", "CMP-SCAM",
				"CMP-POSTAL");

		HttpResponse<String> xml = get("/open311/v2/services.xml");
		assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
		Document document = parse(xml.body());
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(document.getElementsByTagName("service").getLength()).isGreaterThanOrEqualTo(7);

		JsonNode scam = json(get("/open311/v2/services/CMP-SCAM.json"));
		assertThat(scam.path("attributes").findValuesAsText("code")).contains("province", "district", "operator",
				"anonymous");
		JsonNode billing = json(get("/open311/v2/services/CMP-BILLING.json"));
		assertThat(billing.path("attributes").findValuesAsText("code")).as("billing needs a name")
			.doesNotContain("anonymous");

		HttpResponse<String> unknown = get("/open311/v2/services/NO-SUCH.json");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(unknown.body()).get(0).path("code").asInt()).isEqualTo(404);
	}

	@Test
	void filesARequestAndFollowsItWithoutShowingTheComplainant() throws Exception {
		HttpResponse<String> created = post(form(KEY, "CMP-BILLING", "Charged twice for my data package"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode answer = JSON.readTree(created.body()).get(0);
		String id = answer.path("service_request_id").asText();
		assertThat(id).matches("CMP-VTE-\\d{4}-\\d{6}");
		assertThat(answer.path("service_notice").asText()).startsWith("Tracking code: ");

		HttpResponse<String> one = get("/open311/v2/requests/" + id + ".json");
		JsonNode request = JSON.readTree(one.body()).get(0);
		assertThat(request.path("status").asText()).isEqualTo("open");
		assertThat(request.path("service_code").asText()).isEqualTo("CMP-BILLING");
		assertThat(request.path("lat").asDouble()).isEqualTo(17.97);
		assertThat(one.body()).doesNotContain("khamla@example.la", "Khamla", "020 5555 7777", "Ban Haysok");

		Document xml = parse(get("/open311/v2/requests/" + id + ".xml").body());
		assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);

		assertThat(JSON.readTree(get("/open311/v2/requests.json?service_code=CMP-BILLING&status=open").body())
			.findValuesAsText("service_request_id")).contains(id);
		assertThat(JSON.readTree(get("/open311/v2/requests.json?service_request_id=" + id).body())
			.findValuesAsText("service_request_id")).containsExactly(id);
		assertThat(JSON.readTree(get("/open311/v2/requests.json?status=closed").body())
			.findValuesAsText("service_request_id")).doesNotContain(id);
		assertThat(get("/open311/v2/requests/NO-SUCH-1.json").statusCode()).isEqualTo(404);
		assertThat(get("/open311/v2/requests.json?start_date=yesterday").statusCode()).isEqualTo(400);
	}

	@Test
	void publishesTheFiguresWithoutSignInAsJsonAndCsvAndNothingPersonal() throws Exception {
		assertThat(post(form(KEY, "CMP-BILLING", "Charged twice again")).statusCode()).isEqualTo(201);
		String month = java.time.YearMonth.now().toString();
		HttpResponse<String> figures = get(
				"/api/v1/complaint-figures?from=" + month + "&to=" + month + "&province=VTE");
		assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
		JsonNode billing = null;
		for (JsonNode row : JSON.readTree(figures.body())) {
			if ("CMP-BILLING".equals(row.path("category").asText())) {
				billing = row;
			}
		}
		assertThat(billing).as(figures.body()).isNotNull();
		assertThat(billing.path("filed").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(billing.path("provinceCode").asText()).isEqualTo("VTE");
		assertThat(figures.body()).doesNotContain("khamla@example.la", "Khamla", "Charged twice");

		HttpResponse<String> csv = get("/api/v1/complaint-figures.csv?from=" + month + "&to=" + month);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFmonth,province,operator_lo,operator_en,category");
		assertThat(csv.body()).contains("CMP-BILLING");

		assertThat(get("/api/v1/complaint-figures?from=March").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/complaint-figures?from=2027-01&to=2026-01").statusCode()).as("backwards")
			.isEqualTo(400);
	}

	@Test
	void refusesMissingFieldsAnUnknownServiceScriptAndABadKeyAndStoresNothing() throws Exception {
		int before = complaints();
		Map<String, String> noService = form(KEY, "CMP-BILLING", "Charged twice");
		noService.remove("service_code");
		assertError(post(noService), 400, "service_code");
		assertError(post(form(KEY, "CMP-NOPE", "Charged twice")), 400, "service_code");
		assertError(post(form(KEY, "CMP-BILLING", "<script>alert('x')</script>")), 400, "description");
		Map<String, String> noProvince = form(KEY, "CMP-BILLING", "Charged twice");
		noProvince.remove("attribute[province]");
		assertError(post(noProvince), 400, "attribute[province]");
		Map<String, String> noContact = form(KEY, "CMP-BILLING", "Charged twice");
		noContact.remove("email");
		noContact.remove("phone");
		assertError(post(noContact), 400, "email");
		assertError(post(form("not-a-key", "CMP-BILLING", "Charged twice")), 403, "api_key");
		assertThat(complaints()).isEqualTo(before);
	}

	@Test
	void throttlesAFloodFromOneAddressWithoutAKey() throws Exception {
		int before = complaints();
		int accepted = 0;
		HttpResponse<String> refused = null;
		for (int i = 0; i < 6 && refused == null; i++) {
			HttpResponse<String> response = post(form(null, "CMP-SCAM", "Caller asked for my SIM code " + i));
			if (response.statusCode() == 429) {
				refused = response;
			}
			else {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				accepted++;
			}
		}
		assertThat(accepted).isEqualTo(3);
		assertThat(refused).isNotNull();
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(JSON.readTree(refused.body()).get(0).path("code").asInt()).isEqualTo(429);
		assertThat(complaints()).isEqualTo(before + 3);
		assertThat(post(form(KEY, "CMP-SCAM", "With a key the app is not throttled")).statusCode()).isEqualTo(201);
	}

	@Test
	void thePublicApiFilesWithAPhotoTracksByCodeAndRefusesADisguisedFile() throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", "CMP-POSTAL");
		fields.put("province", "VTE");
		fields.put("description", "The parcel never arrived");
		fields.put("name", "Khamla");
		fields.put("email", "khamla@example.la");
		HttpResponse<String> created = multipart(fields, "parcel.png", png.toByteArray());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = JSON.readTree(created.body()).path("trackingCode").asText();

		HttpResponse<String> tracked = get("/api/v1/complaints/" + code);
		assertThat(tracked.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(tracked.body()).path("stage").asText()).isEqualTo("RECEIVED");
		assertThat(tracked.body()).doesNotContain("khamla@example.la", "Khamla");
		assertThat(get("/api/v1/complaints/AAAA-BBBB-CCCC").statusCode()).isEqualTo(404);

		int before = complaints();
		HttpResponse<String> disguised = multipart(fields, "photo.jpg",
				"MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(disguised.statusCode()).as(disguised.body()).isEqualTo(400);
		assertThat(complaints()).isEqualTo(before);
	}

	private static Map<String, String> form(String key, String service, String description) {
		Map<String, String> form = new LinkedHashMap<>();
		if (key != null) {
			form.put("api_key", key);
		}
		form.put("service_code", service);
		form.put("lat", "17.9667");
		form.put("long", "102.6000");
		form.put("address_string", "Ban Haysok");
		form.put("first_name", "Khamla");
		form.put("email", "khamla@example.la");
		form.put("phone", "020 5555 7777");
		form.put("description", description);
		form.put("attribute[province]", "VTE");
		form.put("attribute[district]", "Chanthabouly");
		return form;
	}

	private void assertError(HttpResponse<String> response, int status, String mentions) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode errors = JSON.readTree(response.body());
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
		assertThat(errors.findValuesAsText("description")).anyMatch((text) -> text.contains(mentions));
	}

	private HttpResponse<String> post(Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(Map<String, String> fields, String fileName, byte[] content)
			throws Exception {
		String boundary = "----anuyat" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri("/api/v1/complaints"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode json(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private int complaints() {
		return this.jdbc.queryForObject("select count(*) from complaint", Integer.class);
	}

}

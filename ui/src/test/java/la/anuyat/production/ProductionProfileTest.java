package la.anuyat.production;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApplicationForms;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.PaymentProvider;
import la.anuyat.api.TestPostgres;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.search.CaseHit;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearch;
import la.anuyat.search.LaoDocuments;
import la.anuyat.search.TestElasticsearch;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as the regulator runs it: the {@code prod} profile ({@code postgres} +
 * {@code elasticsearch}, outbox-polling coordination, no demo data), configured only the
 * way production is, through the environment variables of {@code application.yaml} (given
 * here as properties of the same names), against a real PostgreSQL 17 database of its own
 * ({@link TestPostgres}) and the real Elasticsearch node of the test run
 * ({@link TestElasticsearch}). Staff and applicant are created through the domain
 * services, as an administrator would; the licence journey then runs through the REST
 * API, and the new case is searched for once the outbox processor has indexed it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "anuyat.data-dir=target/test-data/production", "logging.level.org.camunda=WARN" })
@ActiveProfiles("prod")
class ProductionProfileTest {

	private static final Path KEYSTORE = Path.of("target/test-data/production/signing.p12").toAbsolutePath();

	private static final String KEYSTORE_PASSWORD = "production-test-signing";

	private static final String PASSWORD = "correct horse battery";

	/** A word of the company's Lao name, not found in any other data of this database. */
	private static final String LAO_WORD = "ຈຳປາເງິນ";

	private static final String COMPANY_LO = "ບໍລິສັດ " + LAO_WORD + " ໂທລະຄົມ ຈຳກັດ";

	private static final String COMPANY_EN = "Champa Ngeun Telecom Co., Ltd.";

	private static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(60);

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("ANUYAT_DB_URL", () -> TestPostgres.jdbcUrl("anuyat_production"));
		registry.add("ANUYAT_DB_USER", () -> TestPostgres.USER);
		registry.add("ANUYAT_DB_PASSWORD", () -> "");
		registry.add("ANUYAT_ELASTICSEARCH_HOSTS", TestElasticsearch::hostAndPort);
		registry.add("ANUYAT_PUBLIC_BASE_URL", () -> "https://anuyat.test.example.la");
		registry.add("ANUYAT_SIGNING_KEYSTORE", () -> signingKeystore().toString());
		registry.add("ANUYAT_SIGNING_KEYSTORE_PASSWORD", () -> KEYSTORE_PASSWORD);
		registry.add("ANUYAT_SIGNING_KEY_ALIAS", () -> "dtc-{authority}");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	AuthorityService authorities;

	@Autowired
	PartyService parties;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	CaseSearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnPostgresAndElasticsearchWithoutDemoData() throws Exception {
		assertThat(this.environment.getActiveProfiles()).contains("prod");
		assertThat(this.environment.acceptsProfiles(Profiles.of("postgres"))).as("prod includes postgres").isTrue();
		assertThat(this.environment.acceptsProfiles(Profiles.of("elasticsearch"))).as("prod includes elasticsearch")
			.isTrue();
		assertThat(this.environment.acceptsProfiles(Profiles.of("demo"))).isFalse();

		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getCatalog()).isEqualTo("anuyat_production");
		}
		// Flyway made the schema, the search outbox included
		assertThat(this.jdbc.queryForList(
				"select version from flyway_schema_history where success and version is not null order by installed_rank",
				String.class))
			.contains("1", "2", "3");
		assertThat(
				this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_name in ('hsearch_outbox_event', 'hsearch_agent')",
				Integer.class))
			.isEqualTo(2);

		// no demo users in production
		assertThat(this.authorities.staffByUsername("officer.vte")).isEmpty();
		assertThat(this.parties.accountByUsername("applicant")).isEmpty();
		assertThat(this.context.containsBean("demoData")).isFalse();

		// Hibernate Search talks to the node itself (not Spring Boot's client) and made
		// its
		// indexes there with the default layout
		assertThat(this.context.getBeanNamesForType(org.elasticsearch.client.RestClient.class))
			.as("Spring Boot's own Elasticsearch client is excluded")
			.isEmpty();
		assertThat(elasticsearch("/case-read/_settings").findValue("number_of_replicas").asText()).isEqualTo("0");
		assertThat(elasticsearch("/licence-read/_mapping").toString()).contains("holderNameLo");
	}

	@Test
	void runsTheLicenceJourneyAndFindsTheNewCaseThroughTheOutbox() throws Exception {
		String hash = this.passwordEncoder.encode(PASSWORD);
		assertThat(this.passwordEncoder.matches(PASSWORD, hash)).isTrue();
		Actor officer = this.authorities
			.createStaff("prod.officer.vte", hash, Role.SECTION_OFFICER, "VTE", "ທ້າວ ທົດສອບ ພະນັກງານ",
					"Mr Test Officer", "prod.officer.vte@mtc.example")
			.toActor();
		this.authorities.createStaff("prod.leader.vte", hash, Role.LEADERSHIP, "VTE", "ທ່ານ ທົດສອບ ຫົວໜ້າ",
				"Mr Test Leader", "prod.leader.vte@mtc.example");
		this.authorities.createStaff("prod.officer.lpb", hash, Role.SECTION_OFFICER, "LPB", "ທ້າວ ທົດສອບ ຫຼວງພະບາງ",
				"Mr Test Officer LPB", "prod.officer.lpb@mtc.example");
		this.parties.createConfirmedApplicant(new SignUp("prod.applicant", hash, "contact@champangeun.example",
				COMPANY_LO, COMPANY_EN, "01-0077777", "777777777 000", "VTE", "ຖະໜົນ ລ້ານຊ້າງ, ບ້ານ ຫັດສະດີ",
				"ທ້າວ ສົມສັກ ພົມມະວົງ", "+856 20 5555 7777"));
		ApiClient applicant = client("prod.applicant");
		ApiClient officerApi = client("prod.officer.vte");
		ApiClient leader = client("prod.leader.vte");

		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", "ICT-SOFT", "province", "VTE", "form", form()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(caseNumber).matches("ICT-VTE-" + Year.now() + "-\\d{6}");

		Answer upload = applicant.upload("/api/v1/applications/" + caseNumber + "/documents", "registration.pdf",
				LaoDocuments.pdf("ໃບທະບຽນວິສາຫະກິດ ອອກໃຫ້ໂດຍ ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ"), "enterprise-registration");
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		assertThat(upload.json().path("mediaType").asText()).isEqualTo("application/pdf");
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

		complete(officerApi, caseNumber, "userTask_checkCompleteness", "complete", null);
		complete(officerApi, caseNumber, "userTask_studyApplication", "recommend-approve",
				"The company meets the requirements for software services.");
		complete(leader, caseNumber, "userTask_decideApplication", "approve",
				"The application is complete and meets the requirements.");
		// no provider secret in production unless the environment sets one: every
		// callback is refused, whoever signs it
		assertThat(new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).pay("TX-prod", "ZZZZ-ZZZZ-ZZZZ", 1L)
			.status()).isEqualTo(503);
		// the fee, by the officer's entry of the bank receipt
		JsonNode invoice = applicant.get("/api/v1/applications/" + caseNumber + "/invoice").json();
		MultiValueMap<String, Object> receipt = new LinkedMultiValueMap<>();
		receipt.add("receiptNumber", "BCEL-PROD-1");
		receipt.add("amountKip", invoice.path("amountKip").asText());
		receipt.add("paidOn", java.time.LocalDate.now().toString());
		receipt.add("file", ApiClient.file("receipt.png", ApiClient.png()));
		Answer paid = officerApi.postParts("/api/v1/invoices/" + invoice.path("invoiceNumber").asText() + "/receipt",
				receipt);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

		JsonNode approved = applicant.get("/api/v1/cases/" + caseNumber).json();
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = approved.path("licenceNumber").asText();
		assertThat(licenceNumber).isNotBlank();
		Answer certificate = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
		assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Answer verified = client(null).get("/verify/" + licenceNumber, MediaType.APPLICATION_JSON);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().path("status").asText()).isEqualTo("VALID");

		// indexing goes through the outbox table and a background processor: asynchronous
		assertThat(this.jdbc.queryForObject(
				"select count(*) from hsearch_agent where type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING')",
				Integer.class))
			.as("an outbox event processor is registered")
			.isPositive();
		await().atMost(INDEXING_TIMEOUT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			List<CaseHit> hits = this.search.search(officer, CaseQuery.text(LAO_WORD)).hits();
			assertThat(hits).extracting(CaseHit::caseNumber).containsExactly(caseNumber);
			assertThat(hits.get(0).status()).isEqualTo(CaseStatus.APPROVED);
			assertThat(hits.get(0).references()).containsExactly(licenceNumber);
		});
		await().atMost(INDEXING_TIMEOUT)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class))
				.as("outbox events left")
				.isZero());
		// the attachment's text (extracted by Tika) and the English name are searchable
		// too,
		// and another province's officer finds nothing
		assertThat(this.search.search(officer, CaseQuery.text("ທະບຽນວິສາຫະກິດ")).hits()).extracting(CaseHit::caseNumber)
			.containsExactly(caseNumber);
		assertThat(this.search.search(officer, CaseQuery.text("champa ngeun")).hits()).extracting(CaseHit::caseNumber)
			.containsExactly(caseNumber);
		Actor otherProvince = this.authorities.staffByUsername("prod.officer.lpb").orElseThrow().toActor();
		assertThat(this.search.search(otherProvince, CaseQuery.text(LAO_WORD)).total()).isZero();
		// the node holds the document
		assertThat(elasticsearch("/case-read/_count").path("count").asLong()).isPositive();
	}

	/**
	 * The officers' search API, once the application has it: the same case found through
	 * HTTP. Skipped (not failed) while {@code GET /api/v1/search} is not mapped.
	 */
	@Test
	void findsTheNewCaseThroughTheSearchApi() {
		assumeThat(searchApiMapped()).as("GET /api/v1/search exists").isTrue();
		String hash = this.passwordEncoder.encode(PASSWORD);
		this.authorities.createStaff("prod.api.officer", hash, Role.SECTION_OFFICER, "SVK", "ທ້າວ ທົດສອບ ສະຫວັນ",
				"Mr Test Savan", "prod.api.officer@mtc.example");
		this.parties.createConfirmedApplicant(new SignUp("prod.api.applicant", hash, "api@savannet.example",
				"ບໍລິສັດ ສະຫວັນນາເຂດ ດາວທຽມ ຈຳກັດ", "Savannakhet Satellite Co., Ltd.", "13-0088888", "888888888 000",
				"SVK", "ບ້ານ ໄຊຍະພູມ", "ນາງ ທົດສອບ", "+856 20 5555 8888"));
		ApiClient applicantApi = client("prod.api.applicant");
		ObjectNode form = form().put("companyNameLo", "ບໍລິສັດ ສະຫວັນນາເຂດ ດາວທຽມ ຈຳກັດ")
			.put("companyNameEn", "Savannakhet Satellite Co., Ltd.")
			.put("province", "SVK");
		Answer created = applicantApi.post("/api/v1/applications",
				Map.of("licenceType", "ICT-SOFT", "province", "SVK", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicantApi.submitWithDocuments(caseNumber).status()).isEqualTo(200);

		ApiClient officerApi = client("prod.api.officer");
		await().atMost(INDEXING_TIMEOUT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			Answer found = officerApi.get("/api/v1/search?q=ດາວທຽມ");
			assertThat(found.status()).as(found.toString()).isEqualTo(200);
			assertThat(found.json().findValuesAsText("caseNumber")).contains(caseNumber);
		});
	}

	private boolean searchApiMapped() {
		return this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.stream()
			.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
			.map(RequestMappingInfo::getPatternValues)
			.anyMatch((patterns) -> patterns.contains("/api/v1/search"));
	}

	private static ObjectNode form() {
		return ApplicationForms.validSoftwareApplication()
			.put("companyNameLo", COMPANY_LO)
			.put("companyNameEn", COMPANY_EN)
			.put("enterpriseRegistrationNumber", "01-0077777")
			.put("taxNumber", "777777777 000")
			.put("phone", "+856 20 5555 7777")
			.put("email", "contact@champangeun.example")
			.put("plannedServices", "ພັດທະນາຊອບແວ ແລະ ບໍລິການຄລາວ")
			.put("numberOfStaff", 8);
	}

	private void complete(ApiClient actor, String caseNumber, String taskKey, String outcome, String comment) {
		Answer tasks = actor.get("/api/v1/tasks");
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		String taskId = null;
		for (JsonNode task : tasks.json()) {
			if (task.path("caseNumber").asText().equals(caseNumber) && task.path("taskKey").asText().equals(taskKey)) {
				taskId = task.path("taskId").asText();
			}
		}
		assertThat(taskId).as(taskKey + " of " + caseNumber).isNotNull();
		ObjectNode completion = JSON.createObjectNode().put("outcome", outcome).put("comment", comment);
		Answer completed = actor.post("/api/v1/tasks/" + taskId + "/complete", completion);
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
	}

	private static JsonNode elasticsearch(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://" + TestElasticsearch.hostAndPort() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static boolean keystoreMade;

	/**
	 * A PKCS#12 signing keystore as an operator would provide it: per authority its
	 * signing key ({@code dtc-{authority}}) and the EC P-256 key of its certificates' QR
	 * tokens ({@code dtc-{authority}-token}), and the time-stamping key ({@code tsa})
	 * used without an external time-stamping authority. Made afresh once per test run.
	 */
	private static synchronized Path signingKeystore() {
		if (keystoreMade && Files.exists(KEYSTORE)) {
			return KEYSTORE;
		}
		try {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(null, null);
			addKey(keyStore, "dtc-VTE", "RSA", "SHA256withRSA",
					"CN=Department of Technology and Communications Vientiane Capital (test), O=MTC, C=LA",
					KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null);
			addKey(keyStore, "dtc-VTE-token", "EC", "SHA256withECDSA",
					"CN=QR tokens of the Department of Technology and Communications Vientiane Capital (test), O=MTC, C=LA",
					KeyUsage.digitalSignature, null);
			addKey(keyStore, "tsa", "RSA", "SHA256withRSA", "CN=Time stamps (test), O=MTC, C=LA",
					KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
					new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
							org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
			Files.createDirectories(KEYSTORE.getParent());
			try (OutputStream out = Files.newOutputStream(KEYSTORE)) {
				keyStore.store(out, KEYSTORE_PASSWORD.toCharArray());
			}
			keystoreMade = true;
			return KEYSTORE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Could not make the test signing keystore", ex);
		}
	}

	private static void addKey(KeyStore keyStore, String alias, String algorithm, String signatureAlgorithm,
			String name, int keyUsage, org.bouncycastle.asn1.x509.ExtendedKeyUsage extendedUsage)
			throws GeneralSecurityException, IOException, OperatorCreationException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
		generator.initialize("EC".equals(algorithm) ? 256 : 2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name subject = new X500Name(name);
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
				BigInteger.valueOf(now.toEpochMilli() + alias.hashCode()), Date.from(now.minusSeconds(60)),
				Date.from(now.plus(Duration.ofDays(30))), subject, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
		if (extendedUsage != null) {
			builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
		}
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(pair.getPrivate())));
		keyStore.setKeyEntry(alias, pair.getPrivate(), KEYSTORE_PASSWORD.toCharArray(),
				new Certificate[] { certificate });
	}

	private ApiClient client(String username) {
		return ApiClient.as(this.port, username, PASSWORD, null);
	}

}

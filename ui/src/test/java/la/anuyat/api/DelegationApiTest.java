package la.anuyat.api;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.ApiClient.NamedFile;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Written delegations through the API: the head records one with its scanned order, the
 * leadership lists it and reads the scan, nobody else does; a deputy cannot delegate the
 * head's authority; a file that is no document is refused; the head ends it. Shares its
 * application context with {@link DataOnlyLicenceTypeJourneyTest} (the same
 * configuration), whose cases a deputy decides under the demo's year-long delegation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class DelegationApiTest {

	@LocalServerPort
	int port;

	@Test
	void theHeadRecordsAWrittenDelegationWithItsScanAndEndsIt() {
		byte[] scan = ApiClient.png();
		Answer recorded = as("leader.vte").postForm("/api/v1/delegations",
				delegation("deputy.vte", "DTC-VTE 077/2026", "SANCTION"),
				Map.of("letter", new NamedFile("ໜັງສືມອບສິດ 077.png", scan)));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		long id = recorded.json().path("id").asLong();
		assertThat(recorded.json().path("decisions").get(0).asText()).isEqualTo("SANCTION");
		assertThat(recorded.json().path("inForce").asBoolean()).isTrue();

		JsonNode listed = as("deputy.vte").get("/api/v1/delegations").json();
		assertThat(listed.findValuesAsText("reference")).contains("DTC-VTE 077/2026");
		Answer letter = as("deputy.vte").get("/api/v1/delegations/" + id + "/letter", MediaType.ALL);
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.body()).isEqualTo(scan);
		assertThat(as("officer.vte").get("/api/v1/delegations").status()).as("not the leadership").isEqualTo(403);
		assertThat(as("officer.vte").get("/api/v1/delegations/" + id + "/letter", MediaType.ALL).status()).isIn(403,
				404);
		assertThat(as("leader.mtc").get("/api/v1/delegations?authority=VTE").status()).as("another authority")
			.isEqualTo(403);

		Answer ended = as("leader.vte").post("/api/v1/delegations/" + id + "/end", null);
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().path("inForce").asBoolean()).isFalse();
		assertThat(ended.json().path("endedOn").asText()).isEqualTo(LocalDate.now().toString());
	}

	@Test
	void aDeputyCannotDelegateTheHeadsAuthorityAndAFileThatIsNoDocumentIsRefused() {
		Answer byDeputy = as("deputy.vte").postForm("/api/v1/delegations",
				delegation("leader.vte", "DTC-VTE 078/2026", "LICENCE"), Map.of());
		assertThat(byDeputy.status()).as(byDeputy.toString()).isEqualTo(403);
		assertThat(byDeputy.json().path("code").asText()).isEqualTo("delegation.notHead");

		Answer executable = as("leader.vte").postForm("/api/v1/delegations",
				delegation("deputy.vte", "DTC-VTE 079/2026", "LICENCE"),
				Map.of("letter", new NamedFile("order.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 })));
		assertThat(executable.status()).as(executable.toString()).isEqualTo(400);
		assertThat(as("leader.vte").get("/api/v1/delegations").json().findValuesAsText("reference"))
			.as("nothing half-recorded")
			.doesNotContain("DTC-VTE 079/2026");

		Answer noPeriod = as("leader.vte").postForm("/api/v1/delegations", delegation("deputy.vte", " ", "LICENCE"),
				Map.of());
		assertThat(noPeriod.status()).isEqualTo(400);
		assertThat(noPeriod.json().toString()).contains("reference");
	}

	private static MultiValueMap<String, String> delegation(String acting, String reference, String family) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("actingUsername", acting);
		fields.add("validFrom", LocalDate.now().toString());
		fields.add("validUntil", LocalDate.now().plusDays(10).toString());
		fields.add("reference", reference);
		fields.add("decisions", family);
		return fields;
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

}

package la.anuyat.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing the allocation table through the API: only an administrator drafts and edits
 * (403 for an officer, 401 without sign-in), bad rows are 400 naming the field in the
 * caller's language, a second draft or a day before the edition in force is 409, and the
 * edition is put in force from a later day (a year on, so the edition in force for the
 * other tests of this context stays the seeded one). The same configuration as
 * {@link SpectrumApiTest}, so the two share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class AllocationEditionApiTest {

	private static final String EDITIONS = "/api/v1/spectrum/allocations/editions";

	@LocalServerPort
	int port;

	@Test
	void anAdministratorDraftsEditsComparesAndPutsInForceANewEdition() {
		ApiClient admin = as("admin", null);
		Answer refused = as("officer.vte", null).post(EDITIONS, edition("LA-NFAT-X"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(ApiClient.as(this.port, null, null, null).post(EDITIONS, edition("LA-NFAT-X")).status())
			.isEqualTo(401);

		Answer draft = admin.post(EDITIONS, edition("LA-NFAT-2027"));
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		assertThat(draft.json().path("status").asText()).isEqualTo("DRAFT");
		assertThat(draft.json().path("basedOn").asText()).isEqualTo("LA-NFAT-2026");
		assertThat(draft.json().path("bands").size()).isGreaterThan(30);
		Answer second = admin.post(EDITIONS, edition("LA-NFAT-2027B"));
		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.json().path("code").asText()).isEqualTo("spectrum.draftOpen");

		// an officer neither sees the draft nor edits it
		assertThat(as("officer.vte", null).get(EDITIONS + "/LA-NFAT-2027").status()).isEqualTo(404);
		assertThat(as("officer.vte", null).get(EDITIONS).json().findValuesAsText("edition")).contains("LA-NFAT-2026")
			.doesNotContain("LA-NFAT-2027");
		assertThat(as("officer.vte", null).post(EDITIONS + "/LA-NFAT-2027/bands", band(24250, 27500, "src")).status())
			.isEqualTo(403);

		Answer overlap = as("admin", "lo").post(EDITIONS + "/LA-NFAT-2027/bands", band(23000, 25000, "ITU RR"));
		assertThat(overlap.status()).as(overlap.toString()).isEqualTo(400);
		assertThat(overlap.json().path("errors").findValuesAsText("field")).containsExactly("lowerMhz");
		assertThat(overlap.json().toString()).contains("ທັບຊ້ອນ");
		Answer noSource = admin.post(EDITIONS + "/LA-NFAT-2027/bands", band(27500, 24250, " "));
		assertThat(noSource.status()).isEqualTo(400);
		assertThat(noSource.json().path("errors").findValuesAsText("field")).containsExactly("upperMhz", "source");

		Answer added = admin.post(EDITIONS + "/LA-NFAT-2027/bands",
				band(24250, 27500, "ITU RR Art. 5, Region 3; RR No. 5.532AB; 3GPP band n258"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		long id = added.json().path("id").asLong();
		Map<String, Object> narrower = band(24250, 26500, "ITU RR Art. 5, Region 3; RR No. 5.532AB; 3GPP band n258");
		Answer changed = admin.put(EDITIONS + "/LA-NFAT-2027/bands/" + id, narrower);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().path("upperMhz").asDouble()).isEqualTo(26500);
		Answer changes = admin.get(EDITIONS + "/LA-NFAT-2027/changes");
		assertThat(changes.status()).isEqualTo(200);
		assertThat(changes.json().findValuesAsText("kind")).containsExactly("ADDED");
		assertThat(admin.request(HttpMethod.DELETE, EDITIONS + "/LA-NFAT-2027/bands/999999").status()).isEqualTo(404);

		Answer past = admin.put(EDITIONS + "/LA-NFAT-2027/effective-from",
				Map.of("effectiveFrom", LocalDate.of(2026, 1, 1).toString()));
		assertThat(past.status()).as(past.toString()).isIn(400, 409);
		LocalDate from = LocalDate.now().plusYears(1);
		Answer inForce = admin.put(EDITIONS + "/LA-NFAT-2027/effective-from", Map.of("effectiveFrom", from.toString()));
		assertThat(inForce.status()).as(inForce.toString()).isEqualTo(200);
		assertThat(inForce.json().path("standing").asText()).isEqualTo("SCHEDULED");
		Answer late = admin.post(EDITIONS + "/LA-NFAT-2027/bands", band(40000, 41000, "ITU RR Art. 5"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().path("code").asText()).isEqualTo("spectrum.editionInForce");

		// the edition in force today is still the seeded one, and every edition is listed
		assertThat(ApiClient.as(this.port, null, null, null)
			.get("/api/v1/spectrum/allocations")
			.json()
			.path("edition")
			.asText()).isEqualTo("LA-NFAT-2026");
		JsonNode all = as("officer.vte", null).get(EDITIONS).json();
		assertThat(all.findValuesAsText("standing")).contains("IN_FORCE", "SCHEDULED");
	}

	private ApiClient as(String username, String language) {
		return ApiClient.as(this.port, username, "demo", language);
	}

	private static Map<String, Object> edition(String code) {
		return Map.of("edition", code, "titleLo", "ຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່ແຫ່ງຊາດ 2027", "titleEn",
				"National frequency allocation table 2027");
	}

	private static Map<String, Object> band(double lower, double upper, String source) {
		Map<String, Object> band = new LinkedHashMap<>();
		band.put("lowerMhz", lower);
		band.put("upperMhz", upper);
		band.put("nameLo", "IMT 26 GHz");
		band.put("nameEn", "IMT 26 GHz");
		band.put("licenceExempt", false);
		band.put("footnoteLo", "LAO40: ສຳລັບລະບົບ IMT.");
		band.put("footnoteEn", "LAO40: identified for IMT.");
		band.put("source", source);
		band.put("services", List.of(Map.of("service", "MOBILE", "category", "PRIMARY"),
				Map.of("service", "FIXED", "category", "PRIMARY")));
		return band;
	}

}

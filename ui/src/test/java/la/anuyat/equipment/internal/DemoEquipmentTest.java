package la.anuyat.equipment.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's type-approved models go through the real type approval (band check against
 * the table in force, assessment, study, decision, certificate) into the public register,
 * each under its manufacturer's grantee code; seeding again adds nothing. The same
 * configuration as {@code SpectrumApiTest}, so the classes share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-data-only-type;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/data-only-type",
		"spring.flyway.locations=classpath:db/migration,classpath:db/testtypes" })
class DemoEquipmentTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoEquipment demo;

	@Test
	void putsTypeApprovedModelsInThePublicRegisterOnceAndOnlyOnce() {
		assertThat(this.demo.seed()).isEqualTo(DemoEquipment.MODELS.size());
		assertThat(this.demo.seed()).as("a second start adds nothing").isZero();
		ApiClient anonymous = ApiClient.as(this.port, null, null, null);
		for (DemoEquipment.Model model : DemoEquipment.MODELS) {
			JsonNode entries = anonymous.get("/api/v1/equipment?q=" + model.manufacturerEn().split(" ")[0])
				.json()
				.path("entries");
			List<String> models = entries.findValuesAsText("model");
			assertThat(models).as(model.manufacturerEn()).containsOnlyOnce(model.model());
		}
		JsonNode ap = anonymous.get("/api/v1/equipment?q=AirEngine").json().path("entries").get(0);
		assertThat(ap.path("approvalNumber").asText()).matches("G\\d{4}-.+");
		assertThat(ap.path("manufacturerEn").asText()).isEqualTo("Huawei Technologies Co., Ltd.");
		assertThat(List.of(ap.path("bands").get(0).asText(), ap.path("bands").get(1).asText()))
			.containsExactly("2400–2483.5 MHz", "5150–5350 MHz");
		JsonNode lao = anonymous.get("/api/v1/equipment?q=ໂມໂຕໂຣລາ").json().path("entries");
		assertThat(lao.findValuesAsText("model")).containsExactly("DP4400e VHF");
	}

}

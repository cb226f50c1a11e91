package la.anuyat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain's search suite ({@link CaseSearchContract}, the Lao recall evaluation
 * included) on the Elasticsearch backend, against the real node of the test run
 * ({@link TestElasticsearch}): the whole application with the {@code elasticsearch}
 * profile of {@code application.yaml}, the node given the way production gives it
 * ({@code ANUYAT_ELASTICSEARCH_HOSTS}). The suite on Lucene runs in the domain module
 * ({@code LuceneCaseSearchTest}). Indexing is synchronous here (test configuration), so
 * no test waits; H2 in memory keeps the suite's data apart from the other contexts'.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-search-elasticsearch;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/search-elasticsearch", "logging.level.org.camunda=WARN",
		"spring.jpa.properties.hibernate.search.backend.layout.strategy=class:la.anuyat.search.ContractIndexLayout" })
@ActiveProfiles("elasticsearch")
class ElasticsearchCaseSearchTest extends CaseSearchContract {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String REFRESH_INTERVAL = "900ms";

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		registry.add("ANUYAT_ELASTICSEARCH_HOSTS", TestElasticsearch::hostAndPort);
		registry.add("ANUYAT_ELASTICSEARCH_SETTINGS_FILE", ElasticsearchCaseSearchTest::indexSettingsFile);
	}

	/**
	 * Index settings from a file outside the application, as an operator gives them for a
	 * cluster ({@code file:} URL): the defaults plus an explicit refresh interval, which
	 * shows that this file was used.
	 */
	private static String indexSettingsFile() {
		try {
			Path file = Path.of("target/test-data/search-elasticsearch/index-settings.json").toAbsolutePath();
			Files.createDirectories(file.getParent());
			Files.writeString(file, "{\"number_of_shards\": \"1\", \"number_of_replicas\": \"0\", "
					+ "\"refresh_interval\": \"" + REFRESH_INTERVAL + "\"}");
			return file.toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected String backendName() {
		return "Elasticsearch";
	}

	/**
	 * The suite's rebuild test, losing the index by dropping and re-creating it rather
	 * than by {@code SearchWorkspace.purge()}: a purge is Elasticsearch's
	 * delete-by-query, which lives in the {@code reindex} module, and the integ-test-zip
	 * distribution has none (only {@code apm}, {@code transport-netty4},
	 * {@code x-pack-core}, {@code x-pack-security}). The application never purges: its
	 * rebuild overwrites the documents in place ({@code purgeAllOnStart(false)}), which
	 * this test checks too.
	 */
	@Override
	@Test
	void aRebuildReportsProgressAndRestoresTheIndex() {
		String marker = marker();
		Actor ministry = staff(Role.MINISTRY_OFFICER, "MTC");
		CaseFile caseFile = submittedCase(applicant("SVK"), "ICT-SOFT", "SVK",
				form("ບໍລິສັດ ສະຫວັນ", marker + " Savan", "ຊອບແວ"));
		assertThat(numbers(this.search.search(ministry, CaseQuery.text(marker))))
			.containsExactly(caseFile.getCaseNumber());

		Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager().dropAndCreate();
		assertThat(this.search.search(ministry, CaseQuery.text(marker)).total()).isZero();

		List<IndexProgress> progress = new CopyOnWriteArrayList<>();
		this.indexAdmin.rebuild(progress::add);

		assertThat(numbers(this.search.search(ministry, CaseQuery.text(marker))))
			.containsExactly(caseFile.getCaseNumber());
		assertThat(progress).isNotEmpty();
		IndexProgress last = progress.get(progress.size() - 1);
		assertThat(last.finished()).isTrue();
		assertThat(last.fraction()).isEqualTo(1.0);
		assertThat(last.total()).isPositive();
		assertThat(last.done()).isEqualTo(last.total());
		assertThat(progress.subList(0, progress.size() - 1)).allSatisfy((p) -> {
			assertThat(p.finished()).isFalse();
			assertThat(p.fraction()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void keepsTheCasesInTheIndexesOfTheElasticsearchNode() throws Exception {
		String marker = marker();
		CaseFile caseFile = submittedCase(applicant("VTE"), "ICT-SOFT", "VTE",
				form("ບໍລິສັດ ນາຄານະຄອນ ຈຳກັດ", marker + " Nakha", "ຊອບແວ"));
		Actor ministry = staff(Role.MINISTRY_OFFICER, "MTC");
		assertThat(numbers(this.search.search(ministry, CaseQuery.text(marker))))
			.containsExactly(caseFile.getCaseNumber());

		// the node itself holds the document, under the aliases Hibernate Search made,
		// with
		// the Lao words separated for the standard tokenizer
		JsonNode found = get("/" + ContractIndexLayout.PREFIX + "case-read/_search?q=" + marker);
		assertThat(found.path("hits").path("total").path("value").asLong()).isEqualTo(1);
		JsonNode settings = get("/" + ContractIndexLayout.PREFIX + "case-read/_settings");
		assertThat(settings.findValue("number_of_replicas").asText()).isEqualTo("0");
		assertThat(settings.findValue("refresh_interval").asText()).isEqualTo(REFRESH_INTERVAL);
		assertThat(get("/_cluster/health").path("status").asText()).isEqualTo("green");
	}

	private static JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://" + TestElasticsearch.hostAndPort() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}

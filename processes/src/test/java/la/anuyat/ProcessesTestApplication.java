package la.anuyat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;

/**
 * The processes module has no application of its own (the ui module has); process tests
 * start this one with the real domain services, the engine and an in-memory database.
 * Spring Boot's Elasticsearch client is left out as in the application: search talks to
 * Elasticsearch through Hibernate Search's own client, and Boot's would probe
 * localhost:9200.
 */
@SpringBootApplication(exclude = ElasticsearchRestClientAutoConfiguration.class)
public class ProcessesTestApplication {

}

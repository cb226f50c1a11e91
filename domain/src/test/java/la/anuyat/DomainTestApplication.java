package la.anuyat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;

/**
 * Boots the domain module alone (services, repositories, Flyway) for its integration
 * test. Spring Boot's own Elasticsearch client is left out: Hibernate Search builds its
 * own, and Boot's would sniff for a node on localhost:9200 (see STACK.md).
 */
@SpringBootApplication(exclude = ElasticsearchRestClientAutoConfiguration.class)
public class DomainTestApplication {

}

package la.anuyat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;

/**
 * The processes module has no application of its own (the ui module has); process tests
 * start this one with the real domain services, the engine and an in-memory database.
 * Spring Boot's Elasticsearch client is left out as in the application: search talks to
 * Elasticsearch through Hibernate Search's own client, and Boot's would probe
 * localhost:9200.
 * <p>
 * The domain's clock is the engine's ({@link ClockUtil}), so that process tests that move
 * the engine's time move the domain's "today" with it; unmoved, it is the system clock.
 * One clock for every process test keeps them on one application context.
 */
@SpringBootApplication(exclude = ElasticsearchRestClientAutoConfiguration.class)
public class ProcessesTestApplication {

	@Bean
	Clock clock() {
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneId.systemDefault();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}
		};
	}

}

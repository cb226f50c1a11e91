package la.anuyat.benchmark;

import java.io.IOException;

import la.anuyat.search.CaseSearch;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * The part of Anuyat that search needs, without a web server: the domain module's beans
 * (JPA entities and repositories, Flyway, Hibernate Search, the search services) and no
 * Vaadin, Camunda or web layer. Camunda's REST starter breaks a non-web
 * {@code AnuyatApplication} (STACK.md), and the benchmark measures search, not the
 * application's start-up, so only the domain module's components are scanned and only the
 * persistence auto-configurations are imported.
 * <p>
 * Deliberately not annotated {@code @Configuration} (nor
 * {@code @SpringBootConfiguration}): the application's own tests scan {@code la.anuyat}
 * on the test classpath and must not pick this class up. As the primary source of
 * {@code SpringApplication} its {@code @ComponentScan} and imports are processed all the
 * same.
 */
@AutoConfigurationPackage(basePackages = "la.anuyat")
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
		JpaRepositoriesAutoConfiguration.class, FlywayAutoConfiguration.class, TransactionAutoConfiguration.class,
		JacksonAutoConfiguration.class, ValidationAutoConfiguration.class })
@ComponentScan(basePackages = "la.anuyat", excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
		classes = BenchmarkApplication.OutsideDomain.class))
class BenchmarkApplication {

	/**
	 * Leaves out every class that is not in the domain module (the application's views,
	 * controllers and processes, the tests' own configurations).
	 */
	static final class OutsideDomain implements TypeFilter {

		private static final String DOMAIN = CaseSearch.class.getProtectionDomain()
			.getCodeSource()
			.getLocation()
			.getPath();

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return !reader.getResource().getURL().getPath().contains(DOMAIN);
		}

	}

}

package la.anuyat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Anuyat: licensing and regulatory case management for the Lao ICT regulator. One
 * executable application serving the Vaadin UI, the REST API, the public verification
 * page and Camunda's Cockpit.
 */
@SpringBootApplication
@EnableScheduling
public class AnuyatApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnuyatApplication.class, args);
	}

}

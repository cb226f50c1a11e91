package la.anuyat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the domain module alone (services, repositories, Flyway) for its integration
 * test.
 */
@SpringBootApplication
public class DomainTestApplication {

}

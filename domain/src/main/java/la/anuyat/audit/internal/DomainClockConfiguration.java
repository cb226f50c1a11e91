package la.anuyat.audit.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The clock every domain service reads time from, so tests can fix "today" (expiry, due
 * dates, case number years). An auto-configuration rather than a scanned configuration,
 * so that an application or test that defines its own {@link Clock} bean always wins.
 */
@AutoConfiguration
public class DomainClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}

package la.anuyat.complaint.open311;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The Open311 GeoReport v2 endpoints are public, as the specification has them: anyone
 * lists services and requests; filing needs no account (an integration identifies itself
 * with its {@code api_key}, a visitor without one is throttled per address). Stateless,
 * no CSRF (no cookie rides on these requests), nothing to run or frame in the answers.
 * Ordered before the Vaadin chain.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain open311SecurityFilterChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(path.matcher(Open311Controller.BASE + "/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}

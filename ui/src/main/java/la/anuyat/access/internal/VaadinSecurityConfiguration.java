package la.anuyat.access.internal;

import com.vaadin.flow.spring.security.VaadinWebSecurity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * The browser's security chain: Vaadin views behind a form login. The REST API and the
 * engine's REST endpoints have their own chain (HTTP Basic, ordered first), so this one
 * only sees what is left.
 */
@Configuration
@EnableWebSecurity
class VaadinSecurityConfiguration extends VaadinWebSecurity {

	/**
	 * Reachable without logging in: the public verification page and licence register,
	 * e-mail confirmation, static assets.
	 */
	private static final String[] PUBLIC_PATHS = { "/verify/**", "/register", "/confirm-email", "/confirm-email/**",
			"/v3/api-docs/**", "/fonts/**", "/styles/**", "/camunda/**", "/error" };

	@Override
	protected void configure(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(pathMatchers(PUBLIC_PATHS)).permitAll());
		// Camunda's web applications protect themselves with their own login and CSRF
		// cookie.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(pathMatchers("/camunda/**")));
		// Officers preview PDFs of the case in an iframe served by this same application.
		http.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()));
		super.configure(http);
		// The login view is the Vaadin route "login" (la.anuyat.access.ui).
		setLoginView(http, "/login");
	}

}

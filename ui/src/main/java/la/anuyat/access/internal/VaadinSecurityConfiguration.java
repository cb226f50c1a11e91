package la.anuyat.access.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import la.anuyat.access.LoginThrottledException;
import la.anuyat.audit.SecurityLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

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
	private static final String[] PUBLIC_PATHS = { "/verify/**", "/register", "/equipment", "/confirm-email",
			"/confirm-email/**", "/v3/api-docs/**", "/fonts/**", "/styles/**", "/camunda/**", "/error", "/verify",
			"/.well-known/jwks.json",
			// Leaflet and our map elements: the public complaint form places a point with
			// them
			"/leaflet/**", "/map/**" };

	private final String contentSecurityPolicy;

	private final SecurityLog securityLog;

	private final SecurityContextHolderStrategy securityContexts;

	VaadinSecurityConfiguration(@Value("${anuyat.security.content-security-policy}") String contentSecurityPolicy,
			@Value("${anuyat.map.tile-url:}") String tileUrl, SecurityLog securityLog,
			ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.contentSecurityPolicy = withTileHost(contentSecurityPolicy, tileUrl);
		this.securityLog = securityLog;
		this.securityContexts = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	@Override
	protected void configure(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(pathMatchers(PUBLIC_PATHS)).permitAll());
		// Camunda's web applications protect themselves with their own login and CSRF
		// cookie.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(pathMatchers("/camunda/**")));
		// Checking a certificate file changes nothing and needs no session, so a forged
		// request has nothing to gain: programs and the plain HTML form post without a
		// token.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(pathMatchers("/verify")));
		// Officers preview PDFs of the case in an iframe served by this same application.
		// The policy is what Vaadin needs (inline styles, inline bootstrap script and
		// Function() for executeJs); Camunda's web applications send their own. HSTS is
		// Spring Security's default, sent only on requests that came over TLS (directly
		// or
		// through a trusted proxy's X-Forwarded-Proto).
		http.headers(
				(headers) -> headers.frameOptions((frame) -> frame.sameOrigin())
					.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
							new NegatedRequestMatcher(pathMatchers("/camunda/**")[0]),
							new ContentSecurityPolicyHeaderWriter(this.contentSecurityPolicy))));
		http.addFilterBefore(new RefusedActionLogFilter(this.securityLog, this.securityContexts, "browser"),
				ExceptionTranslationFilter.class);
		super.configure(http);
		// The login view is the Vaadin route "login" (la.anuyat.access.ui).
		setLoginView(http, "/login");
		http.formLogin((form) -> form.failureHandler(loginFailure()));
	}

	/**
	 * The policy with the map's tile server allowed as an image source, only when one is
	 * configured: {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} allows
	 * {@code https://*.tile.example.org}.
	 */
	static String withTileHost(String policy, String tileUrl) {
		if (tileUrl == null || tileUrl.isBlank()) {
			return policy;
		}
		java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://)([^/]+)")
			.matcher(tileUrl.strip());
		if (!origin.find()) {
			throw new IllegalStateException("anuyat.map.tile-url must be an http(s) URL: " + tileUrl);
		}
		String host = origin.group(2).replaceAll("\\{[a-z]+\\}", "*");
		if (!host.matches("[A-Za-z0-9*.:-]+")) {
			throw new IllegalStateException("anuyat.map.tile-url has an unusable host: " + tileUrl);
		}
		return policy.replaceFirst("img-src ", "img-src " + origin.group(1) + host + " ");
	}

	/**
	 * Back to the login view, which says why: a wrong name or password, or too many
	 * failed logins and for how many minutes.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> {
			String query = "error";
			if (ex instanceof LoginThrottledException throttled) {
				long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
				query = "locked=" + URLEncoder.encode(String.valueOf(minutes), StandardCharsets.UTF_8);
			}
			response.sendRedirect(request.getContextPath() + "/login?" + query);
		};
	}

}

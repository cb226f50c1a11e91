package la.anuyat.access.internal;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import la.anuyat.access.EmailNotConfirmedException;
import la.anuyat.access.LoginThrottledException;
import la.anuyat.api.ApiLanguage;
import la.anuyat.api.ApiProblems;
import la.anuyat.audit.SecurityLog;
import la.anuyat.identity.Role;
import la.anuyat.shared.LocalizedText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Security of the machine interfaces: the REST API ({@code /api/**}) and Camunda's engine
 * REST API ({@code /engine-rest/**}, administrators only). HTTP Basic on every request
 * for people, {@code Authorization: Bearer} access tokens for integrations, no session,
 * no CSRF token (nothing rides on a browser cookie here), and refusals as problem
 * details, not HTML. Ordered before the Vaadin chain, which covers everything else.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	private static final String REALM = "Anuyat";

	private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectMapper objectMapper,
			AccessTokenService accessTokens, SecurityLog securityLog,
			ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		SecurityContextHolderStrategy securityContexts = strategies
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		AuthenticationEntryPoint signInRequired = (request, response, ex) -> {
			if (ex instanceof LoginThrottledException throttled) {
				// 429 rather than 401: the credentials were not even looked at, and a 401
				// would invite the client to ask for them again at once; Retry-After says
				// when an attempt will be looked at
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
				write(objectMapper, request, response, HttpStatus.TOO_MANY_REQUESTS, "auth.throttled",
						throttled.text());
				return;
			}
			if (ex instanceof BearerTokenFilter.InvalidAccessTokenException) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
						"Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
				write(objectMapper, request, response, HttpStatus.UNAUTHORIZED, "auth.invalidToken",
						LocalizedText.of("ໂທເຄັນນີ້ບໍ່ຖືກຕ້ອງ, ໝົດອາຍຸ ຫຼື ຖືກຍົກເລີກແລ້ວ",
								"This access token is unknown, expired or revoked"));
				return;
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
			LocalizedText text = (ex instanceof EmailNotConfirmedException notConfirmed) ? notConfirmed.text()
					: LocalizedText.of("ກະລຸນາເຂົ້າສູ່ລະບົບດ້ວຍຊື່ຜູ້ໃຊ້ ແລະ ລະຫັດຜ່ານທີ່ຖືກຕ້ອງ",
							"Sign in with a valid user name and password (HTTP Basic)");
			String code = (ex instanceof EmailNotConfirmedException) ? "auth.emailNotConfirmed" : "auth.required";
			write(objectMapper, request, response, HttpStatus.UNAUTHORIZED, code, text);
		};
		AccessDeniedHandler notAllowed = (request, response, ex) -> write(objectMapper, request, response,
				HttpStatus.FORBIDDEN, "auth.forbidden",
				LocalizedText.of("ທ່ານບໍ່ມີສິດເຮັດສິ່ງນີ້", "You are not allowed to do this"));
		http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**")))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(path.matcher("/engine-rest/**"))
				.hasRole(Role.ADMINISTRATOR.name())
				.requestMatchers(path.matcher(HttpMethod.GET, "/api/v1/licence-types"),
						path.matcher(HttpMethod.GET, "/api/v1/licence-types/**"),
						path.matcher(HttpMethod.GET, "/api/v1/register"),
						// the public equipment register
						path.matcher(HttpMethod.GET, "/api/v1/equipment"),
						path.matcher(HttpMethod.GET, "/api/v1/equipment/**"),
						// the allocation table and the public assignment register are
						// public
						path.matcher(HttpMethod.GET, "/api/v1/spectrum/allocations"),
						path.matcher(HttpMethod.GET, "/api/v1/spectrum/assignments"),
						// complaints from the public: filed and followed by tracking code
						// without an account (an officer filing one is still recognised)
						path.matcher(HttpMethod.GET, "/api/v1/complaint-categories"),
						path.matcher(HttpMethod.POST, "/api/v1/complaints"),
						path.matcher(HttpMethod.GET, "/api/v1/complaints/*"),
						path.matcher(HttpMethod.GET, "/api/v1/complaints/*/decision.pdf"),
						path.matcher(HttpMethod.POST, "/api/v1/complaints/*/rating"),
						path.matcher(HttpMethod.POST, "/api/v1/complaints/*/reopen"),
						// the complaint figures are published
						path.matcher(HttpMethod.GET, "/api/v1/complaint-figures"),
						path.matcher(HttpMethod.GET, "/api/v1/complaint-figures.csv"))
				.permitAll()
				// the e-payment provider signs its callbacks instead of signing in
				.requestMatchers(path.matcher(HttpMethod.POST, "/api/v1/payments/callback"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(signInRequired))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(signInRequired).accessDeniedHandler(notAllowed))
			.addFilterBefore(new BearerTokenFilter(accessTokens, securityContexts, signInRequired, securityLog),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new RefusedActionLogFilter(securityLog, securityContexts, "api"),
					ExceptionTranslationFilter.class)
			// JSON and PDFs only: nothing to run, nothing to frame; HSTS (Spring
			// Security's
			// default) on requests that came over TLS
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	private static void write(ObjectMapper objectMapper, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String code, LocalizedText text) throws IOException {
		Locale locale = ApiLanguage.of(request);
		ProblemDetail problem = ApiProblems.problem(status, code, text, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

}

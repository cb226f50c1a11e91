package la.anuyat.inspection.openrosa;

import java.util.List;

import la.anuyat.identity.Role;
import la.anuyat.inspection.InspectorDevices;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security of the OpenRosa APIs: enrolled devices only, signing in with HTTP Basic as ODK
 * Collect does (the inspector's user name and the device's token as the password; never
 * the inspector's own password), no session and no CSRF token (ODK Collect keeps no
 * cookies to ride on). Every answer, a refusal too, carries {@code X-OpenRosa-Version}.
 * Ordered before the API and Vaadin chains.
 */
@Configuration(proxyBeanMethods = false)
class OpenRosaSecurityConfiguration {

	private static final String REALM = "Anuyat OpenRosa";

	@Bean
	@Order(0)
	SecurityFilterChain openRosaSecurityFilterChain(HttpSecurity http, InspectorDevices devices) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		AuthenticationEntryPoint signInRequired = (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
			var answer = OpenRosaResponses.message(HttpStatus.UNAUTHORIZED, "error",
					LocalizedText.of("ອຸປະກອນນີ້ບໍ່ໄດ້ລົງທະບຽນ ຫຼື ຖືກຍົກເລີກແລ້ວ",
							"This device is not enrolled or its enrolment was revoked"),
					OpenRosaResponses.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
			response.setStatus(answer.getStatusCode().value());
			response.setContentType(OpenRosaResponses.XML.toString());
			response.getOutputStream().write(answer.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		};
		AuthenticationManager deviceTokens = (Authentication authentication) -> {
			String token = String.valueOf(authentication.getCredentials());
			return devices.signIn(authentication.getName(), token)
				.map((device) -> (Authentication) UsernamePasswordAuthenticationToken.authenticated(
						new DevicePrincipal(device), null,
						List.of(new SimpleGrantedAuthority("ROLE_" + Role.INSPECTOR.name()))))
				.orElseThrow(() -> new BadCredentialsException("Unknown or revoked device token"));
		};
		http.securityMatcher(path.matcher(OpenRosaController.BASE + "/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.INSPECTOR.name()))
			.authenticationManager(deviceTokens)
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(signInRequired))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInRequired))
			.headers((headers) -> headers
				.addHeaderWriter(new StaticHeadersWriter(OpenRosaResponses.VERSION_HEADER, OpenRosaResponses.VERSION)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}

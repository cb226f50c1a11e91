package la.anuyat.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API requests in by {@code Authorization: Bearer <access token>}; requests with
 * another or no {@code Authorization} header pass on unchanged (HTTP Basic stays for
 * people). A token that is unknown, expired or revoked is refused at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokenService tokens;

	private final SecurityContextHolderStrategy securityContexts;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityLog securityLog;

	BearerTokenFilter(AccessTokenService tokens, SecurityContextHolderStrategy securityContexts,
			AuthenticationEntryPoint entryPoint, SecurityLog securityLog) {
		this.tokens = tokens;
		this.securityContexts = securityContexts;
		this.entryPoint = entryPoint;
		this.securityLog = securityLog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SignedInUser> user = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			this.securityLog.record(SecurityEvent.Kind.TOKEN_REFUSED, null, request.getRemoteAddr(), "api",
					"unknown, expired or revoked access token");
			this.securityContexts.clearContext();
			this.entryPoint.commence(request, response, new InvalidAccessTokenException());
			return;
		}
		SecurityContext context = this.securityContexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		this.securityContexts.setContext(context);
		chain.doFilter(request, response);
	}

	/**
	 * An unknown, expired or revoked bearer token.
	 */
	static class InvalidAccessTokenException extends BadCredentialsException {

		private static final long serialVersionUID = 1L;

		InvalidAccessTokenException() {
			super("Unknown, expired or revoked access token");
		}

	}

}

package la.anuyat.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every refused action (an answer of 403, whether Spring Security's access rules
 * or a domain rule refused it) to the security log, with who asked, from where, and for
 * what. Sits in the security chains after the sign-in filters and before the exception
 * translation, so that the signed-in user is still known when the answer is set.
 */
class RefusedActionLogFilter extends OncePerRequestFilter {

	private final SecurityLog securityLog;

	private final SecurityContextHolderStrategy securityContexts;

	private final String channel;

	RefusedActionLogFilter(SecurityLog securityLog, SecurityContextHolderStrategy securityContexts, String channel) {
		this.securityLog = securityLog;
		this.securityContexts = securityContexts;
		this.channel = channel;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
				Authentication authentication = this.securityContexts.getContext().getAuthentication();
				String username = (authentication == null || authentication instanceof AnonymousAuthenticationToken)
						? null : authentication.getName();
				this.securityLog.record(SecurityEvent.Kind.ACCESS_DENIED, username, request.getRemoteAddr(),
						this.channel, request.getMethod() + " " + request.getRequestURI());
			}
		}
	}

}

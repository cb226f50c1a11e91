package la.anuyat.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.access.LoginThrottledException;
import la.anuyat.authority.UserNames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password logins (the browser's form and the API's HTTP Basic) with failed attempts
 * counted per account and per client address: while either must wait, the attempt is
 * refused before the password is looked at, so even the right password does not get in.
 * Every failure, backoff or lock and refused attempt goes to the security log.
 * <p>
 * The client address is the request's remote address: behind a reverse proxy it is the
 * client's only when {@code server.forward-headers-strategy} makes the server trust the
 * proxy's {@code X-Forwarded-For}; otherwise that header is ignored, and cannot be forged
 * to dodge the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = UserNames.normalise(authentication.getName());
		String address = clientAddress(authentication);
		String channel = channel();
		var wait = this.throttle.admit(username, address, channel);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address, channel);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	private static String clientAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		HttpServletRequest request = currentRequest();
		return (request != null) ? request.getRemoteAddr() : null;
	}

	private static String channel() {
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.startsWith("/api/") || path.startsWith("/engine-rest/")) ? "api" : "form";
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}

package la.anuyat.access.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import la.anuyat.authority.UserNames;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The process engine's web applications (Cockpit, Admin, Tasklist at {@code /camunda})
 * have a login of their own against the engine's users, outside Spring Security. This
 * filter gives it the same throttling and security log as the application's logins: while
 * the account or the client address must wait, the attempt is answered 429 before the
 * engine looks at the password; a 401 from the engine counts as a failure, a 200 as a
 * success. Counters are shared with the application's logins, so guessing "admin" here or
 * there adds up.
 */
@Configuration(proxyBeanMethods = false)
class CockpitLoginThrottleFilter {

	/** The engine webapps' login: {@code POST .../auth/user/<engine>/login/<app>}. */
	private static final String LOGIN_PREFIX = "/camunda/api/admin/auth/user/";

	/** A login form is a user name and a password: anything longer is not one. */
	private static final int MAX_BODY = 8 * 1024;

	private static final String CHANNEL = "cockpit";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> cockpitLoginThrottle(LoginThrottle throttle) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Throttle(throttle));
		registration.addUrlPatterns(LOGIN_PREFIX + "*");
		// before the engine webapps' own filters, so that a refused attempt reaches
		// nothing of theirs
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class Throttle extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		Throttle(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !"POST".equals(request.getMethod()) || !path.startsWith(LOGIN_PREFIX) || !path.contains("/login/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
			if (body.length > MAX_BODY) {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
			String username = UserNames.normalise(formValue(new String(body, StandardCharsets.UTF_8), "username"));
			String address = request.getRemoteAddr();
			Optional<Duration> wait = this.throttle.admit(username, address, CHANNEL);
			if (wait.isPresent()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())));
				response.sendError(429,
						"ເຂົ້າສູ່ລະບົບຜິດຫຼາຍເທື່ອເກີນໄປ, ກະລຸນາລອງໃໝ່ພາຍຫຼັງ / Too many failed logins; retry later");
				return;
			}
			chain.doFilter(new ReplayedBody(request, body), response);
			if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
				this.throttle.failed(username, address, CHANNEL);
			}
			else if (response.getStatus() == HttpServletResponse.SC_OK) {
				this.throttle.recordSuccess(username);
			}
		}

		private static String formValue(String form, String name) {
			for (String pair : form.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && name.equals(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8))) {
					return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
			}
			return "";
		}

	}

	/** The request with its body read once here and given again to the engine. */
	private static final class ReplayedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}

			};
		}

	}

}

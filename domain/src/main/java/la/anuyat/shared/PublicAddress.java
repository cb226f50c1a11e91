package la.anuyat.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address at which people reach the application, for the links that leave it: mails
 * (e-mail confirmation, notices to applicants) and the verification QR code on
 * certificates. Production configures it ({@code anuyat.public-base-url}, from
 * {@code ANUYAT_PUBLIC_BASE_URL}, required there). The embedded default leaves it unset
 * and uses {@code http://localhost} with the port the web server actually listens on,
 * known once the server has started: links work whatever port the demo was started on.
 * <p>
 * The server's port rather than the address of some request: mails and certificates are
 * also written where there is no request (the process engine, background work), and a
 * request's {@code Host} header is whatever the client sends, so that the first visitor
 * could otherwise plant their own host in everyone's links.
 */
@Component
public class PublicAddress {

	private static final int DEFAULT_PORT = 8080;

	private final String configured;

	private final Environment environment;

	private volatile Integer serverPort;

	/**
	 * @param required whether the address must be configured (production: links to
	 * localhost would reach nobody)
	 */
	public PublicAddress(@Value("${anuyat.public-base-url:}") String configured,
			@Value("${anuyat.public-base-url-required:false}") boolean required, Environment environment) {
		this.configured = withoutTrailingSlashes(configured);
		this.environment = environment;
		if (required && this.configured.isEmpty()) {
			throw new IllegalStateException("anuyat.public-base-url (ANUYAT_PUBLIC_BASE_URL) is required: the address "
					+ "people reach the application at, for example https://anuyat.mtc.gov.la");
		}
	}

	/**
	 * The address without a trailing slash, for example {@code https://anuyat.mtc.gov.la}
	 * or {@code http://localhost:8080}.
	 */
	public String base() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		Integer port = this.serverPort;
		return "http://localhost:" + ((port != null) ? port : configuredPort());
	}

	/**
	 * An absolute link to a path of the application.
	 * @param path starting with a slash, for example {@code /verify/LIC-VTE-2026-000001}
	 */
	public String link(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// the management server, if one listens on a port of its own, is not where people
		// go
		String namespace = event.getApplicationContext().getServerNamespace();
		if (namespace == null || namespace.isEmpty()) {
			this.serverPort = event.getWebServer().getPort();
		}
	}

	private int configuredPort() {
		Integer port = this.environment.getProperty("server.port", Integer.class);
		return (port != null && port > 0) ? port : DEFAULT_PORT;
	}

	private static String withoutTrailingSlashes(String address) {
		String trimmed = (address == null) ? "" : address.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

}

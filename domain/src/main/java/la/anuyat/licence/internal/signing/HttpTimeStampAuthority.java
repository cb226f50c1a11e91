package la.anuyat.licence.internal.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An external time-stamping authority reached over HTTP (RFC 3161 section 3.4: POST of an
 * {@code application/timestamp-query}, answered with an
 * {@code application/timestamp-reply}).
 */
public final class HttpTimeStampAuthority implements TimeStampAuthority {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final URI url;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final SecureRandom random = new SecureRandom();

	public HttpTimeStampAuthority(URI url) {
		this.url = url;
	}

	@Override
	public TimeStampToken stamp(byte[] sha256) {
		TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
		requests.setCertReq(true);
		TimeStampRequest request = requests.generate(NISTObjectIdentifiers.id_sha256, sha256,
				new BigInteger(64, this.random));
		try {
			HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(this.url)
				.timeout(TIMEOUT)
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"The time-stamping authority " + this.url + " answered HTTP " + response.statusCode());
			}
			TimeStampResponse reply = new TimeStampResponse(response.body());
			// checks status, nonce, imprint and policy against the request
			reply.validate(request);
			if (reply.getTimeStampToken() == null) {
				throw new IllegalStateException("The time-stamping authority " + this.url + " refused: "
						+ reply.getStatusString() + " (status " + reply.getStatus() + ")");
			}
			return reply.getTimeStampToken();
		}
		catch (IOException | TSPException ex) {
			throw new IllegalStateException("Cannot get a time stamp from " + this.url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a time stamp from " + this.url, ex);
		}
	}

}

package la.anuyat.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A local counterpart of the e-payment provider: it signs its callbacks as the provider
 * does, {@code X-Anuyat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." +
 * body)>}, computed here on its own from the raw bytes it sends.
 */
public final class PaymentProvider {

	/** The demo profile's provider secret. */
	public static final String DEMO_SECRET = "demo-payment-provider-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int port;

	private final String secret;

	private final HttpClient http = HttpClient.newHttpClient();

	public PaymentProvider(int port, String secret) {
		this.port = port;
		this.secret = secret;
	}

	/**
	 * The body of a callback for a payment of the reference.
	 */
	public static String body(String transactionId, String paymentReference, long amountKip) {
		ObjectNode body = JSON.createObjectNode()
			.put("transactionId", transactionId)
			.put("paymentReference", paymentReference)
			.put("amountKip", amountKip)
			.put("paidAt", Instant.now().toString());
		return body.toString();
	}

	/**
	 * Confirms a payment, signed now.
	 */
	public Sent pay(String transactionId, String paymentReference, long amountKip) {
		return send(body(transactionId, paymentReference, amountKip), Instant.now().getEpochSecond(), this.secret);
	}

	/**
	 * Pays the invoice of an approved application as the applicant sees it, with a
	 * transaction of its own.
	 * @return the provider's answer (200 when booked)
	 */
	public Sent payInvoiceOf(ApiClient applicant, String caseNumber) {
		ApiClient.Answer invoice = applicant.get("/api/v1/applications/" + caseNumber + "/invoice");
		if (invoice.status() != 200) {
			throw new AssertionError("No invoice for " + caseNumber + ": " + invoice);
		}
		return pay("TX-" + invoice.json().path("invoiceNumber").asText(),
				invoice.json().path("paymentReference").asText(), invoice.json().path("amountKip").asLong());
	}

	/**
	 * Sends the body signed at {@code epochSeconds} with {@code secret}.
	 */
	public Sent send(String body, long epochSeconds, String secret) {
		return send(body, "t=" + epochSeconds + ",v1=" + signature(secret, epochSeconds, body));
	}

	/**
	 * Sends the body with the header as given (null: none).
	 */
	public Sent send(String body, String signatureHeader) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/payments/callback"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "lo")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signatureHeader != null) {
			request.header("X-Anuyat-Signature", signatureHeader);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Sent(response.statusCode(), response.body(), signatureHeader);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String signature(String secret, long epochSeconds, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the application answered, and the signature header sent.
	 */
	public record Sent(int status, String body, String signatureHeader) {

		public com.fasterxml.jackson.databind.JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + this.body, ex);
			}
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}

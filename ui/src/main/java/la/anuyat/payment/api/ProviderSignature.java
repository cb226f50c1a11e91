package la.anuyat.payment.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import la.anuyat.shared.LocalizedText;

/**
 * The e-payment provider's signature of a callback:
 * {@code X-Anuyat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}
 * over the raw request body. Accepted only with the right secret and a timestamp within
 * the window of the server's time, so that a captured request cannot be sent again later;
 * a request sent again within the window names the same provider transaction and changes
 * nothing. The signatures are compared in constant time.
 */
final class ProviderSignature {

	static final String HEADER = "X-Anuyat-Signature";

	static final Duration WINDOW = Duration.ofMinutes(5);

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] secret;

	ProviderSignature(String secret) {
		this.secret = (secret == null) ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
	}

	boolean configured() {
		return this.secret.length > 0;
	}

	/**
	 * @throws Refused when the header is missing or malformed, the signature is not the
	 * provider's, or the timestamp is outside the window
	 */
	void verify(String header, byte[] body, Instant now) {
		String timestamp = null;
		String signature = null;
		if (header != null) {
			for (String part : header.split(",")) {
				String item = part.strip();
				if (item.startsWith("t=")) {
					timestamp = item.substring(2);
				}
				else if (item.startsWith("v1=")) {
					signature = item.substring(3);
				}
			}
		}
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
				|| !signature.matches("[0-9a-fA-F]{64}")) {
			throw new Refused("payment.signatureMissing", LocalizedText.of("ບໍ່ມີລາຍເຊັນ " + HEADER + " ທີ່ຖືກຮູບແບບ",
					"The " + HEADER + " header is missing or malformed: t=<unix seconds>,v1=<hex HMAC-SHA256>"));
		}
		byte[] expected = sign(timestamp, body);
		if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.toLowerCase()))) {
			throw new Refused("payment.signatureInvalid", LocalizedText.of("ລາຍເຊັນຂອງການແຈ້ງຊຳລະບໍ່ຖືກຕ້ອງ",
					"The payment callback's signature is not valid"));
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
		if (Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
			throw new Refused("payment.signatureExpired",
					LocalizedText.of("ເວລາຂອງລາຍເຊັນຢູ່ນອກຂອບເຂດ " + WINDOW.toMinutes() + " ນາທີ",
							"The signature's timestamp is more than " + WINDOW.toMinutes()
									+ " minutes from the server's time"));
		}
	}

	byte[] sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.secret, ALGORITHM));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A callback that is not the provider's, or not now.
	 */
	static final class Refused extends RuntimeException {

		private final String code;

		private final LocalizedText text;

		Refused(String code, LocalizedText text) {
			super(text.en());
			this.code = code;
			this.text = text;
		}

		String code() {
			return this.code;
		}

		LocalizedText text() {
			return this.text;
		}

	}

}

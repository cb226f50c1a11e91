package la.anuyat.inspection.openrosa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import la.anuyat.shared.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * The settings an enrolled device is configured with by scanning a QR code in ODK Collect
 * ("Configure with QR code"): the JSON {@code {"general": {"server_url", "username",
 * "password"}, "admin": {}}}, zlib-compressed and base64-encoded, as ODK Collect reads
 * it. The server is this application's OpenRosa address; the password is the device's
 * token.
 */
@Component
public class CollectSettings {

	private final PublicAddress publicAddress;

	private final ObjectMapper json = new ObjectMapper();

	public CollectSettings(PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
	}

	/** The OpenRosa server address a device is given. */
	public String serverUrl() {
		return this.publicAddress.link(OpenRosaController.BASE);
	}

	/** The QR code's text: base64 of the zlib-compressed settings JSON. */
	public String encode(String username, String token) {
		Map<String, Object> settings = Map.of("general",
				Map.of("server_url", serverUrl(), "username", username, "password", token), "admin", Map.of());
		try {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed,
					new Deflater(Deflater.BEST_COMPRESSION))) {
				zlib.write(this.json.writeValueAsString(settings).getBytes(StandardCharsets.UTF_8));
			}
			return Base64.getEncoder().encodeToString(compressed.toByteArray());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The QR code as an SVG image, for the administrator's screen. */
	public String qrCodeSvg(String content) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The settings do not fit in a QR code", ex);
		}
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(modules.getWidth())
			.append(' ')
			.append(modules.getHeight())
			.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return svg.append("\" fill=\"#000\"/></svg>").toString();
	}

}

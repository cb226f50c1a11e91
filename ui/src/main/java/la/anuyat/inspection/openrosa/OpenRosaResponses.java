package la.anuyat.inspection.openrosa;

import java.util.Locale;

import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The answers of the OpenRosa APIs: XML with the {@code X-OpenRosa-Version} header, and
 * the OpenRosa response document whose message ODK Collect shows the inspector (in the
 * language the device asks for, Lao otherwise).
 */
final class OpenRosaResponses {

	static final String VERSION_HEADER = "X-OpenRosa-Version";

	static final String VERSION = "1.0";

	static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private OpenRosaResponses() {
	}

	static ResponseEntity<String> xml(HttpStatus status, String body) {
		return ResponseEntity.status(status).header(VERSION_HEADER, VERSION).contentType(XML).body(body);
	}

	/**
	 * An OpenRosa response with one message.
	 * @param nature {@code submit_success} for a stored report, {@code error} otherwise
	 */
	static ResponseEntity<String> message(HttpStatus status, String nature, LocalizedText text, Locale locale) {
		String message = "en".equals(locale.getLanguage()) ? text.en() : text.lo();
		return xml(status,
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\" items=\"0\">\n"
						+ "  <message nature=\"" + nature + "\">" + HtmlUtils.htmlEscape(message, "UTF-8")
						+ "</message>\n" + "</OpenRosaResponse>\n");
	}

	/** The language an answer is written in: English when the device asks for it. */
	static Locale localeOf(String acceptLanguage) {
		if (acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en")) {
			return Locale.ENGLISH;
		}
		return Locale.forLanguageTag("lo");
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	static HttpHeaders none() {
		return new HttpHeaders();
	}

}

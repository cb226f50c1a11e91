package la.anuyat.complaint.open311;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two formats of GeoReport v2: JSON, and XML with a root element per answer and one
 * element per item. Answers are built as ordered maps and lists (the specification's
 * field order), written here by hand rather than by a mapper's guesses.
 */
enum Open311Format {

	JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
	XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** The format of a path's extension; null for another. */
	static Open311Format of(String extension) {
		if ("json".equals(extension)) {
			return JSON;
		}
		if ("xml".equals(extension)) {
			return XML;
		}
		return null;
	}

	ResponseEntity<String> answer(HttpStatus status, String root, String item, Object body) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(this.mediaType)
			.body(write(root, item, body));
	}

	/** The specification's error answer: a list of {code, description}. */
	ResponseEntity<String> error(HttpStatus status, String description) {
		return answer(status, "errors", "error", List.of(Map.of("code", status.value(), "description", description)));
	}

	String write(String root, String item, Object body) {
		if (this == JSON) {
			try {
				return MAPPER.writeValueAsString(body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		element(xml, root, item, body);
		return xml.toString();
	}

	private static void element(StringBuilder xml, String name, String item, Object value) {
		if (value == null) {
			return;
		}
		xml.append('<').append(name).append('>');
		if (value instanceof List<?> list) {
			for (Object entry : list) {
				element(xml, item, childOf(item), entry);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> element(xml, String.valueOf(key), childOf(String.valueOf(key)), child));
		}
		else {
			xml.append(escape(String.valueOf(value)));
		}
		xml.append("</").append(name).append('>');
	}

	// the item element of the lists the specification names (endpoints, formats,
	// attribute values)
	private static String childOf(String list) {
		return switch (list) {
			case "endpoints" -> "endpoint";
			case "formats" -> "format";
			case "values" -> "value";
			case "attributes" -> "attribute";
			case "keywords" -> "keyword";
			default -> "item";
		};
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}

package la.anuyat.shared;

import java.util.Locale;
import java.util.Map;

/**
 * A refusal by a rule of the domain. Carries a stable code (for clients and audit
 * entries) and the message in both languages, so that every layer can answer in the
 * user's language.
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final LocalizedText text;

	public DomainException(String code, LocalizedText text) {
		super(text.en());
		this.code = code;
		this.text = text;
	}

	public String code() {
		return this.code;
	}

	public LocalizedText text() {
		return this.text;
	}

	/**
	 * What a client needs beyond the message to put the refusal right (the missing
	 * documents of an application, say), by name, in the given language; an API answer
	 * adds these to its problem details. None by default.
	 */
	public Map<String, Object> details(Locale locale) {
		return Map.of();
	}

}

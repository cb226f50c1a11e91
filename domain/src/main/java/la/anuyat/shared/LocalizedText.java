package la.anuyat.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A text that the regulator's users read, in Lao (the working language) and English.
 */
public record LocalizedText(String lo, String en) {

	public LocalizedText {
		Objects.requireNonNull(lo, "lo");
		Objects.requireNonNull(en, "en");
	}

	public static LocalizedText of(String lo, String en) {
		return new LocalizedText(lo, en);
	}

	/**
	 * The text in the given locale: Lao for language {@code lo}, English for anything
	 * else.
	 */
	public String in(Locale locale) {
		return (locale != null && "lo".equals(locale.getLanguage())) ? this.lo : this.en;
	}

}

package la.anuyat.search;

import java.text.Normalizer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Lao text made searchable. Lao is written without spaces between words and the same word
 * is spelt more than one way in official texts, so both the indexed text and the query go
 * through {@link #normalise(String)} and {@link #segment(String)} (or {@link #prepare})
 * before any analyzer sees them. The analyzers themselves stay minimal (standard
 * tokenizer + lowercase) because that is all an Elasticsearch without plugins offers.
 */
public final class LaoText {

	/**
	 * Inserted between Lao words. Lucene's standard tokenizer (UAX #29) splits on U+200B
	 * ZERO WIDTH SPACE exactly as on a space (measured: see {@code LaoTextTest}), and
	 * unlike a space it is invisible, so highlighted fragments still read as normal Lao.
	 */
	public static final char WORD_SEPARATOR = '\u200B';

	/**
	 * A word break iterator per thread: creating one loads rules and the dictionary
	 * lookup, far slower than reusing it, and instances are not thread-safe.
	 */
	private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal
		.withInitial(() -> BreakIterator.getWordInstance(new ULocale("lo")));

	private LaoText() {
	}

	/**
	 * One spelling for each of the variants seen in Lao official texts: Unicode NFC, the
	 * ligatures ໜ and ໝ for ຫນ and ຫມ, the subscript ຼ for ຫລ and ຫຣ, ຳ for ໍ + າ, ແ for
	 * ເເ, upper vowel before tone mark, Lao digits as ASCII digits, no zero-width
	 * characters.
	 * @param text any text, may be null
	 * @return the normalised text ("" for null)
	 */
	public static String normalise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			if (isZeroWidth(c)) {
				continue;
			}
			if (c >= '\u0ED0' && c <= '\u0ED9') {
				out.append((char) ('0' + (c - '\u0ED0')));
				continue;
			}
			out.append(c);
		}
		String s = out.toString();
		// two characters for one
		s = s.replace("\u0EC0\u0EC0", "\u0EC1"); // ເເ → ແ
		s = s.replace("\u0EAB\u0E99", "\u0EDC"); // ຫນ → ໜ
		s = s.replace("\u0EAB\u0EA1", "\u0EDD"); // ຫມ → ໝ
		s = s.replace("\u0EAB\u0EA5", "\u0EAB\u0EBC"); // ຫລ → ຫຼ
		s = s.replace("\u0EAB\u0EA3", "\u0EAB\u0EBC"); // ຫຣ → ຫຼ (older spelling)
		s = reorderMarks(s);
		s = s.replace("\u0ECD\u0EB2", "\u0EB3"); // ໍ + າ → ຳ
		return s;
	}

	/**
	 * Separates Lao words with {@link #WORD_SEPARATOR}, using ICU's dictionary-based word
	 * break iterator for Lao; other scripts are left as they are.
	 * @param text normalised text, may be null
	 * @return the segmented text ("" for null)
	 */
	public static String segment(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (!containsLao(text)) {
			return text;
		}
		BreakIterator words = WORDS.get();
		words.setText(text);
		StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			if (start > 0 && isLao(text.charAt(start - 1)) && isLao(text.charAt(start))) {
				out.append(WORD_SEPARATOR);
			}
			out.append(text, start, end);
		}
		return out.toString();
	}

	/**
	 * {@link #normalise(String)} then {@link #segment(String)}: what is indexed and what
	 * is searched for.
	 */
	public static String prepare(String text) {
		return segment(normalise(text));
	}

	/**
	 * Removes the word separators again, for text shown to people (highlights).
	 */
	public static String unsegment(String text) {
		return (text == null) ? null : text.replace(String.valueOf(WORD_SEPARATOR), "");
	}

	public static boolean containsLao(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isLao(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isLao(char c) {
		return c >= '\u0E80' && c <= '\u0EFF';
	}

	private static boolean isZeroWidth(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}

	/**
	 * A tone mark typed before an upper vowel (ນ ້ ີ instead of ນ ີ ້) looks the same in
	 * most fonts but is another string; NFC does not reorder them because the upper
	 * vowels have combining class 0. Puts the vowel first, and joins ໍ + tone + າ into
	 * tone + ຳ.
	 */
	private static String reorderMarks(String s) {
		char[] chars = s.toCharArray();
		boolean changed = false;
		for (int i = 0; i + 1 < chars.length; i++) {
			if (isToneMark(chars[i]) && isUpperVowel(chars[i + 1])) {
				char tone = chars[i];
				chars[i] = chars[i + 1];
				chars[i + 1] = tone;
				changed = true;
			}
		}
		String reordered = changed ? new String(chars) : s;
		// ໍ + tone + າ → tone + ຳ (as in ນ້ຳ typed with the two-part vowel)
		StringBuilder out = new StringBuilder(reordered.length());
		for (int i = 0; i < reordered.length(); i++) {
			char c = reordered.charAt(i);
			if (c == '\u0ECD' && i + 2 < reordered.length() && isToneMark(reordered.charAt(i + 1))
					&& reordered.charAt(i + 2) == '\u0EB2') {
				out.append(reordered.charAt(i + 1)).append('\u0EB3');
				i += 2;
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean isToneMark(char c) {
		return c >= '\u0EC8' && c <= '\u0ECB';
	}

	private static boolean isUpperVowel(char c) {
		return c == '\u0EB1' || (c >= '\u0EB4' && c <= '\u0EB7') || c == '\u0EBB' || c == '\u0ECD';
	}

}

package la.anuyat.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for every text a person types into Anuyat (form fields, sign-up details,
 * notes, task comments, file names): no character that hides what the text says.
 * <ul>
 * <li>No control characters (NUL and the other C0/C1 controls; tab, line feed and
 * carriage return are allowed in multi-line text) and no lone surrogates.</li>
 * <li>No bidirectional embedding, override or isolate controls (U+202A–U+202E,
 * U+2066–U+2069): they let a text display differently from what it is, e.g. a file name
 * {@code invoice\u202Efdp.exe} that shows as "invoiceexe.pdf".</li>
 * <li>Not nothing but invisible characters: a value made only of zero-width characters,
 * combining marks and spaces is refused. Lao writes its vowels and tone marks as
 * combining marks on base letters, and a zero-width space or joiner may stand between Lao
 * words, so these are allowed inside a text that also has a visible letter, digit,
 * punctuation or symbol.</li>
 * </ul>
 */
public final class SafeText {

	private SafeText() {
	}

	/**
	 * What is wrong with the text, if anything; {@code null} and empty texts are fine
	 * here (whether a value is required is another rule).
	 */
	public static Optional<LocalizedText> violation(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		boolean visible = false;
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			i += Character.charCount(codePoint);
			if (isBidiControl(codePoint)) {
				return Optional.of(LocalizedText.of(
						"ມີຕົວຄວບຄຸມທິດທາງຂອງຂໍ້ຄວາມ (" + hex(codePoint)
								+ ") ເຊິ່ງເຮັດໃຫ້ຂໍ້ຄວາມສະແດງຕ່າງຈາກຕົວຈິງ, ກະລຸນາລຶບອອກ",
						"contains a text direction control (" + hex(codePoint)
								+ ") that makes the text show differently from what it is; remove it"));
			}
			int type = Character.getType(codePoint);
			if ((type == Character.CONTROL && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
					|| type == Character.SURROGATE) {
				return Optional
					.of(LocalizedText.of("ມີຕົວອັກສອນຄວບຄຸມທີ່ເບິ່ງບໍ່ເຫັນ (" + hex(codePoint) + "), ກະລຸນາລຶບອອກ",
							"contains an invisible control character (" + hex(codePoint) + "); remove it"));
			}
			visible |= isVisible(type);
		}
		if (!visible && !value.isBlank()) {
			return Optional.of(LocalizedText.of(
					"ມີແຕ່ຕົວອັກສອນທີ່ເບິ່ງບໍ່ເຫັນ ຫຼື ສະຫຼະ ແລະ ວັນນະຍຸດທີ່ບໍ່ມີພະຍັນຊະນະ, ກະລຸນາຂຽນຂໍ້ຄວາມແທ້",
					"contains only invisible characters or combining marks without a letter; write a real text"));
		}
		return Optional.empty();
	}

	/**
	 * The violation, told with the field's label in front.
	 */
	public static Optional<LocalizedText> violation(LocalizedText label, String value) {
		return violation(value)
			.map((problem) -> LocalizedText.of(label.lo() + ": " + problem.lo(), label.en() + ": " + problem.en()));
	}

	/**
	 * Refuses an unsafe text with an {@link InvalidInputException} (code
	 * {@code text.unsafe}) naming the field.
	 * @return the value, unchanged
	 */
	public static String require(String field, LocalizedText label, String value) {
		Optional<LocalizedText> problem = violation(label, value);
		if (problem.isPresent()) {
			throw new InvalidInputException("text.unsafe", problem.get(),
					List.of(new FieldError(field, problem.get())));
		}
		return value;
	}

	/**
	 * U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
	 */
	public static boolean isBidiControl(int codePoint) {
		return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
	}

	/**
	 * Letters, digits, punctuation and symbols: what a reader sees. Not visible: spaces,
	 * format characters (zero-width space, joiners, BOM) and combining marks, which only
	 * change a base character.
	 */
	private static boolean isVisible(int type) {
		return switch (type) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
					Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
					Character.PRIVATE_USE ->
				true;
			default -> false;
		};
	}

	private static String hex(int codePoint) {
		return String.format(Locale.ROOT, "U+%04X", codePoint);
	}

}

package la.anuyat.casefile;

import java.util.List;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * The one refusal of a blank comment, question, recommendation or reasons, so that the
 * case and its review answer alike.
 */
final class RequiredText {

	private RequiredText() {
	}

	/**
	 * @return the text without surrounding blanks
	 * @throws InvalidInputException with code {@code case.textMissing} naming the field
	 * when the text is missing or blank
	 */
	static String require(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("case.textMissing",
					LocalizedText.of("ກະລຸນາຂຽນຄຳອະທິບາຍ", "Please write a comment"),
					List.of(new FieldError(field, LocalizedText.of("ຕ້ອງຂຽນຂໍ້ຄວາມ", "This text is required"))));
		}
		return value.strip();
	}

}

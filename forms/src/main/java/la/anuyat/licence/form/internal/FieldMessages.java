package la.anuyat.licence.form.internal;

import java.math.BigDecimal;

import la.anuyat.licence.form.FormField;
import la.anuyat.shared.LocalizedText;

/**
 * What the applicant reads when a field is refused, in Lao and English, naming the field
 * by its label in each language.
 */
public final class FieldMessages {

	private FieldMessages() {
	}

	public static LocalizedText required(FormField field) {
		return switch (field.type()) {
			case "select", "radio", "datetime" ->
				LocalizedText.of("ກະລຸນາເລືອກ " + field.labelLo(), field.labelEn() + " is required");
			case "checkbox" -> LocalizedText.of("ກະລຸນາໝາຍ " + field.labelLo(), field.labelEn() + " must be ticked");
			case "checklist", "taglist" -> LocalizedText.of("ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງລາຍການ ໃນ " + field.labelLo(),
					field.labelEn() + ": choose at least one option");
			default -> LocalizedText.of("ກະລຸນາປ້ອນ " + field.labelLo(), field.labelEn() + " is required");
		};
	}

	public static LocalizedText notText(FormField field) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນຂໍ້ຄວາມ", field.labelEn() + " must be text");
	}

	public static LocalizedText notNumber(FormField field) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນຕົວເລກ", field.labelEn() + " must be a number");
	}

	public static LocalizedText tooManyDecimals(FormField field, int decimalDigits) {
		if (decimalDigits == 0) {
			return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນຈຳນວນເຕັມ",
					field.labelEn() + " must be a whole number");
		}
		return LocalizedText.of(field.labelLo() + " ມີຕົວເລກຫຼັງຈຸດໄດ້ບໍ່ເກີນ " + decimalDigits + " ຕົວ",
				field.labelEn() + " may have at most " + decimalDigits + " digits after the decimal point");
	}

	public static LocalizedText notDate(FormField field) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນວັນທີທີ່ມີຢູ່ແທ້ ໃນຮູບແບບ ປີ-ເດືອນ-ວັນ (yyyy-MM-dd)",
				field.labelEn() + " must be a real date written yyyy-MM-dd");
	}

	public static LocalizedText notBoolean(FormField field) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນ true ຫຼື false",
				field.labelEn() + " must be true or false");
	}

	public static LocalizedText notAList(FormField field) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງເປັນລາຍການຂອງຄ່າທີ່ເລືອກ",
				field.labelEn() + " must be a list of chosen values");
	}

	public static LocalizedText unknownOption(FormField field, String value) {
		return LocalizedText.of(field.labelLo() + ": \"" + value + "\" ບໍ່ມີໃນລາຍການໃຫ້ເລືອກ",
				field.labelEn() + ": \"" + value + "\" is not one of the options");
	}

	public static LocalizedText tooShort(FormField field, int minLength) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງມີຢ່າງໜ້ອຍ " + minLength + " ຕົວອັກສອນ",
				field.labelEn() + " must have at least " + minLength + " characters");
	}

	public static LocalizedText tooLong(FormField field, int maxLength) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງມີບໍ່ເກີນ " + maxLength + " ຕົວອັກສອນ",
				field.labelEn() + " must have at most " + maxLength + " characters");
	}

	public static LocalizedText wrongFormat(FormField field) {
		String example = field.constraints().patternExample();
		if (example == null) {
			return LocalizedText.of(field.labelLo() + " ມີຮູບແບບບໍ່ຖືກຕ້ອງ",
					field.labelEn() + " is not in the expected format");
		}
		return LocalizedText.of(field.labelLo() + " ມີຮູບແບບບໍ່ຖືກຕ້ອງ, ຕົວຢ່າງ: " + example,
				field.labelEn() + " is not in the expected format, e.g. " + example);
	}

	public static LocalizedText belowMinimum(FormField field, BigDecimal min) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງບໍ່ນ້ອຍກວ່າ " + min.toPlainString(),
				field.labelEn() + " must be at least " + min.toPlainString());
	}

	public static LocalizedText aboveMaximum(FormField field, BigDecimal max) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງບໍ່ເກີນ " + max.toPlainString(),
				field.labelEn() + " must be at most " + max.toPlainString());
	}

	public static LocalizedText dateTooEarly(FormField field, java.time.LocalDate min) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງບໍ່ກ່ອນວັນທີ " + min,
				field.labelEn() + " must be on or after " + min);
	}

	public static LocalizedText dateTooLate(FormField field, java.time.LocalDate max) {
		return LocalizedText.of(field.labelLo() + " ຕ້ອງບໍ່ຫຼັງວັນທີ " + max,
				field.labelEn() + " must be on or before " + max);
	}

	public static LocalizedText unknownField(String key) {
		return LocalizedText.of("ແບບຟອມນີ້ບໍ່ມີຊ່ອງ \"" + key + "\"", "This form has no field \"" + key + "\"");
	}

	public static LocalizedText notAnObject() {
		return LocalizedText.of("ຂໍ້ມູນແບບຟອມຕ້ອງເປັນ JSON object", "The form data must be a JSON object");
	}

	public static LocalizedText formInvalid() {
		return LocalizedText.of("ຂໍ້ມູນໃນແບບຟອມບໍ່ຖືກຕ້ອງ, ກະລຸນາແກ້ໄຂຊ່ອງທີ່ໝາຍໄວ້",
				"The form has errors; please correct the marked fields");
	}

	public static LocalizedText noFormFor(String licenceTypeCode) {
		return LocalizedText.of("ບໍ່ມີແບບຟອມຄຳຮ້ອງສຳລັບປະເພດໃບອະນຸຍາດ \"" + licenceTypeCode + "\"",
				"There is no application form for licence type \"" + licenceTypeCode + "\"");
	}

}

package la.anuyat.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SafeTextTest {

	private static final LocalizedText LABEL = LocalizedText.of("ທີ່ຢູ່", "Address");

	@ParameterizedTest
	@ValueSource(strings = { "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ", "ກ້ວຍ", "ນ້ຳ", "ຫຼວງພະບາງ", "Lao Digital Co., Ltd.",
			"ລາວ\u200Bດິຈິຕອນ", "ສົມ\u200Dສັກ", "line one\nline two\r\n\tindented", "café", "cafe\u0301",
			"+856 20 5555", "", "   ", "໑໒໓", "100 %" })
	void acceptsOrdinaryLaoAndEnglishTextIncludingItsCombiningMarksAndZeroWidthSpaces(String text) {
		assertThat(SafeText.violation(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "abc\u0000def", "ບໍລິສັດ\u0007", "\u001B[31m", "x\u0085y", "x\u007Fy" })
	void refusesControlCharactersAnywhere(String text) {
		assertThat(SafeText.violation(text)).hasValueSatisfying((message) -> {
			assertThat(message.en()).contains("control character");
			assertThat(message.lo()).contains("ຕົວອັກສອນຄວບຄຸມ");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "invoice\u202Efdp.exe", "\u202Aa", "\u202Bb", "\u202Cc", "\u202Dd", "ລາວ\u2066x\u2069",
			"\u2067y", "\u2068z" })
	void refusesBidiEmbeddingsOverridesAndIsolates(String text) {
		assertThat(SafeText.violation(text)).hasValueSatisfying((message) -> {
			assertThat(message.en()).contains("text direction control");
			assertThat(message.lo()).contains("ທິດທາງ");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B", "\u200B\u200C\u200D", " \uFEFF ", "\u0EB1\u0EC9", "\u0301\u0301", "\u0EC8",
			"\u200B \u0EB4" })
	void refusesValuesThatAreNothingButInvisibleCharactersOrCombiningMarks(String text) {
		assertThat(SafeText.violation(text)).hasValueSatisfying((message) -> {
			assertThat(message.en()).contains("only invisible characters");
			assertThat(message.lo()).matches(".*[\\u0E80-\\u0EFF].*");
		});
	}

	@Test
	void refusesALoneSurrogate() {
		assertThat(SafeText.violation("a\uD800b")).isPresent();
		assertThat(SafeText.violation("emoji \uD83D\uDE00")).isEmpty();
	}

	@Test
	void namesTheFieldInTheRefusal() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> SafeText.require("address", LABEL, "x\u0000"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("text.unsafe");
				assertThat(ex.fieldErrors()).extracting(FieldError::field).containsExactly("address");
				assertThat(ex.text().en()).startsWith("Address: ").contains("U+0000");
				assertThat(ex.text().lo()).startsWith("ທີ່ຢູ່: ");
			});
		assertThat(SafeText.require("address", LABEL, "ບ້ານ ໂພນໄຊ")).isEqualTo("ບ້ານ ໂພນໄຊ");
	}

}

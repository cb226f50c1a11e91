package la.anuyat.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaoTextTest {

	@Test
	void writesHoNoAndHoMoAsTheirLigatures() {
		assertThat(LaoText.normalise("ຫນ່ວຍງານ")).isEqualTo("\u0EDC່ວຍງານ").isEqualTo("ໜ່ວຍງານ");
		assertThat(LaoText.normalise("ເລກຫມາຍພິເສດ")).isEqualTo("ເລກໝາຍພິເສດ");
		assertThat(LaoText.normalise("ເຈົ້າຫນ້າທີ່")).isEqualTo("ເຈົ້າໜ້າທີ່");
	}

	@Test
	void writesHoLoWithTheSubscriptLo() {
		assertThat(LaoText.normalise("ຫລວງພະບາງ")).isEqualTo("ຫຼວງພະບາງ");
		assertThat(LaoText.normalise("ນະຄອນຫລວງວຽງຈັນ")).isEqualTo("ນະຄອນຫຼວງວຽງຈັນ");
		assertThat(LaoText.normalise("ຫຣາຍ")).isEqualTo("ຫຼາຍ");
		assertThat(LaoText.normalise("ຫຼວງນ້ຳທາ")).isEqualTo("ຫຼວງນ້ຳທາ");
	}

	@Test
	void joinsNiggahitaAndAaIntoAm() {
		assertThat(LaoText.normalise("ຄ\u0ECD\u0EB2ຮ້ອງ")).isEqualTo("ຄຳຮ້ອງ");
		assertThat(LaoText.normalise("ນ\u0EC9\u0ECD\u0EB2")).isEqualTo("ນ້ຳ");
		assertThat(LaoText.normalise("ນ\u0ECD\u0EC9\u0EB2")).isEqualTo("ນ້ຳ");
	}

	@Test
	void writesTwoEAsAe() {
		assertThat(LaoText.normalise("\u0EC0\u0EC0ຂວງ")).isEqualTo("ແຂວງ");
	}

	@Test
	void putsTheVowelBeforeTheToneMark() {
		// ນີ້ typed tone first, and ກູ້ with the below vowel after the tone (NFC
		// reorders)
		assertThat(LaoText.normalise("ນ\u0EC9\u0EB5")).isEqualTo("ນ\u0EB5\u0EC9");
		assertThat(LaoText.normalise("ກ\u0EC9\u0EB9")).isEqualTo("ກ\u0EB9\u0EC9");
		assertThat(LaoText.normalise("ບ\u0EC8\u0ECD")).isEqualTo("ບໍ່");
	}

	@Test
	void dropsZeroWidthCharactersAndReadsLaoDigits() {
		assertThat(LaoText.normalise("ໃບ\u200Bອະນຸຍາດ\u200D\uFEFF")).isEqualTo("ໃບອະນຸຍາດ");
		assertThat(LaoText.normalise("ເລກທີ ໐໔໕/໒໐໒໖")).isEqualTo("ເລກທີ 045/2026");
	}

	@Test
	void leavesOtherTextAlone() {
		assertThat(LaoText.normalise("Lao Telecom ICT-VTE-2026-000001")).isEqualTo("Lao Telecom ICT-VTE-2026-000001");
		assertThat(LaoText.segment("Lao Telecom ICT-VTE-2026-000001")).isEqualTo("Lao Telecom ICT-VTE-2026-000001");
		assertThat(LaoText.normalise(null)).isEmpty();
	}

	@Test
	void separatesLaoWordsSoTheStandardTokenizerSplitsThem() {
		String text = "ບໍລິສັດລາວໂທລະຄົມຍື່ນຄຳຮ້ອງຂໍອະນຸຍາດ";
		assertThat(tokens(text)).hasSize(1);
		List<String> words = tokens(LaoText.segment(text));
		assertThat(words).contains("ບໍລິສັດ", "ລາວ", "ຄຳຮ້ອງ", "ອະນຸຍາດ");
		assertThat(String.join("", words)).isEqualTo(text);
		assertThat(LaoText.unsegment(LaoText.segment(text))).isEqualTo(text);
	}

	/**
	 * The measurement behind {@link LaoText#WORD_SEPARATOR}: Lucene's standard tokenizer
	 * (what both backends' "lao" analyzer uses) splits on ZERO WIDTH SPACE exactly as on
	 * a space, but not on ZERO WIDTH NON-JOINER or WORD JOINER.
	 */
	@Test
	void theStandardTokenizerSplitsOnZeroWidthSpaceAsOnSpace() {
		String[] words = { "ໃບອະນຸຍາດ", "ດຳເນີນ", "ທຸລະກິດ" };
		assertThat(tokens(String.join(" ", words))).containsExactly(words);
		assertThat(tokens(String.join("\u200B", words))).containsExactly(words);
		assertThat(tokens(String.join("\u200C", words))).hasSize(1);
		assertThat(tokens(String.join("\u2060", words))).hasSize(1);
	}

	@Test
	void preparesQueryAndTextAlikeWhateverTheSpelling() {
		String indexed = LaoText.prepare("ບໍລິສັດ ຫລວງພະບາງ ເນັດເວີກ ຈໍາກັດ");
		String query = LaoText.prepare("ຫຼວງພະບາງ");
		assertThat(tokens(indexed)).containsAll(tokens(query));
	}

	static List<String> tokens(String text) {
		try (StandardTokenizer tokenizer = new StandardTokenizer()) {
			tokenizer.setReader(new StringReader(text));
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			tokenizer.reset();
			List<String> tokens = new ArrayList<>();
			while (tokenizer.incrementToken()) {
				tokens.add(term.toString());
			}
			tokenizer.end();
			return tokens;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

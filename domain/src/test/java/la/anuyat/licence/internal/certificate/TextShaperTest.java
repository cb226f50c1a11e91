package la.anuyat.licence.internal.certificate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How certificate text is split into runs and lines.
 */
class TextShaperTest {

	final TextShaper shaper = new TextShaper(new CertificateFonts());

	@Test
	void setsLaoAndEnglishInTheEmbeddedFont() {
		ShapedText text = this.shaper.shape("ເຈົ້າໜ້າທີ່ / Decided by: 21/11/2026", FontFace.REGULAR, 11);
		assertThat(text.runs()).singleElement().satisfies((run) -> assertThat(run.embeddable()).isTrue());
		assertThat(text.width()).isPositive();
	}

	@Test
	void setsCharactersTheFontLacksInAFallbackRun() {
		// Noto Sans Lao has no CJK: a name written in Chinese must still not vanish.
		ShapedText text = this.shaper.shape("ບໍລິສັດ 老挝 ຈຳກັດ", FontFace.REGULAR, 11);
		assertThat(text.runs()).extracting(ShapedText.Run::text).containsExactly("ບໍລິສັດ ", "老挝", " ຈຳກັດ");
		assertThat(text.runs()).extracting(ShapedText.Run::embeddable).containsExactly(true, false, true);
		assertThat(text.runs().get(1).x()).isGreaterThan(0);
		// Each run's glyphs start at its own origin, so runs do not drift apart.
		assertThat(text.runs().get(2).glyphs().getGlyphPosition(0).getX()).isZero();
	}

	@Test
	void wrapsLongValuesAtSpacesWithinTheWidth() {
		String address = "ເລກທີ 123, ຖະໜົນ ລ້ານຊ້າງ, ບ້ານ ຫັດສະດີ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ";
		List<ShapedText> lines = this.shaper.wrap(address, FontFace.BOLD, 11, 200);
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(lines).allSatisfy((line) -> assertThat(line.width()).isLessThanOrEqualTo(200));
		assertThat(String.join(" ", lines.stream().map(ShapedText::text).toList())).isEqualTo(address);
	}

	@Test
	void shrinksAPhraseTooLongForItsLine() {
		ShapedText fitted = this.shaper.fit("ພະແນກເຕັກໂນໂລຊີແລະການສື່ສານນະຄອນຫຼວງວຽງຈັນ", FontFace.BOLD, 11, 150);
		assertThat(fitted.width()).isLessThanOrEqualTo(150.5f);
		assertThat(fitted.size()).isLessThan(11);
	}

}

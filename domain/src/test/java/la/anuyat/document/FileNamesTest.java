package la.anuyat.document;

import java.text.Normalizer;

import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileNamesTest {

	private final FileNames fileNames = new FileNames(255);

	@Test
	void keepsTheNameWithoutItsFolders() {
		assertThat(this.fileNames.normalise("C:\\Users\\somsak\\ໃບທະບຽນ.pdf")).isEqualTo("ໃບທະບຽນ.pdf");
		assertThat(this.fileNames.normalise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(this.fileNames.normalise("  plan.docx ")).isEqualTo("plan.docx");
		assertThat(this.fileNames.normalise("folder/")).isEqualTo("document");
		assertThat(this.fileNames.normalise("..")).isEqualTo("document");
		assertThat(this.fileNames.normalise(null)).isEqualTo("document");
	}

	@Test
	void writesTheNameInNormalFormC() {
		String decomposed = Normalizer.normalize("café-ກ້ວຍ.pdf", Normalizer.Form.NFD);
		assertThat(this.fileNames.normalise(decomposed))
			.isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC))
			.isNotEqualTo(decomposed);
	}

	@Test
	void refusesANameLongerThanTheLimitAsTooLongNotAsTooLarge() {
		assertThat(this.fileNames.normalise("ກ".repeat(251) + ".pdf")).hasSize(255);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.fileNames.normalise("a".repeat(5000) + ".pdf"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("document.fileNameTooLong");
				assertThat(ex.text().en()).contains("file name is too long", "5004", "255");
				assertThat(ex.text().lo()).contains("ຊື່ໄຟລ໌ຍາວເກີນໄປ");
			});
	}

	@Test
	void refusesControlAndBidiCharacters() {
		for (String name : new String[] { "invoice\u202Efdp.exe", "plan\u0000.pdf", "\u2066a.pdf", "\u200B" }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.fileNames.normalise(name))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("document.fileNameUnsafe"));
		}
	}

}

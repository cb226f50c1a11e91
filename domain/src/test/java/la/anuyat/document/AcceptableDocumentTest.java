package la.anuyat.document;

import la.anuyat.document.internal.TikaDocuments;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AcceptableDocumentTest {

	private static TikaDocuments tika;

	private static AcceptableDocument rule;

	@BeforeAll
	static void loadTika() {
		tika = new TikaDocuments();
		rule = new AcceptableDocument(DataSize.ofMegabytes(20), tika);
	}

	@Test
	void acceptsAPdf() {
		assertThat(rule.check("registration.pdf", Samples.pdf("Enterprise registration"))).isEqualTo("application/pdf");
	}

	@Test
	void acceptsAPngAndAJpegWhateverTheirNames() {
		assertThat(rule.check("scan.pdf", Samples.png())).isEqualTo("image/png");
		assertThat(rule.check("id-card", Samples.jpeg())).isEqualTo("image/jpeg");
	}

	@Test
	void acceptsAWordDocument() {
		assertThat(rule.check("plan.docx", Samples.docx("Business plan")))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void refusesAProgramRenamedToPdf() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rule.check("registration.pdf", Samples.windowsProgram()))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("document.unsupported");
				assertThat(ex.text().en()).contains("registration.pdf")
					.contains("PDF, JPEG, PNG or DOCX only")
					.doesNotContain("application/");
				assertThat(ex.text().lo()).contains("registration.pdf")
					.contains("ຮັບສະເພາະ PDF, JPEG, PNG ຫຼື DOCX")
					.doesNotContain("application/");
			});
	}

	@Test
	void refusesAZipRenamedToPdf() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> rule.check("tax.pdf", Samples.zip()))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("document.unsupported");
				assertThat(ex.text().en()).contains("PDF, JPEG, PNG or DOCX only").doesNotContain("zip");
			});
	}

	@Test
	void refusesPlainTextRenamedToPdf() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> rule.check("plan.pdf", Samples.text()))
			.satisfies((ex) -> assertThat(ex.text().en()).doesNotContain("text/plain"));
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		byte[] pdf = Samples.pdf("Large enough");
		AcceptableDocument small = new AcceptableDocument(DataSize.ofBytes(pdf.length - 1), tika);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> small.check("big.pdf", pdf))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("document.tooLarge"));
		assertThat(new AcceptableDocument(DataSize.ofBytes(pdf.length), tika).check("big.pdf", pdf))
			.isEqualTo("application/pdf");
	}

	@Test
	void statesItsRulesFromTheConfiguredLimit() {
		assertThat(rule.rules().en()).isEqualTo("PDF, JPEG, PNG or DOCX, up to 20 MB a file");
		assertThat(rule.rules().lo()).isEqualTo("ຮັບໄຟລ໌ PDF, JPEG, PNG ຫຼື DOCX, ບໍ່ເກີນ 20 MB ຕໍ່ໄຟລ໌");
		assertThat(new AcceptableDocument(DataSize.ofMegabytes(5), tika).rules().en()).contains("up to 5 MB");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> rule.check("empty.pdf", new byte[0]))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("document.empty"));
	}

	@Test
	void extractsTheTextOfPdfAndWordDocuments() {
		assertThat(tika.extract(Samples.pdf("Enterprise registration 0123"), "application/pdf"))
			.contains("Enterprise registration 0123");
		assertThat(tika.extract(Samples.docx("ແຜນທຸລະກິດ business plan"),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.contains("ແຜນທຸລະກິດ business plan");
	}

	@Test
	void extractsNothingFromAnImageWithoutFailing() {
		assertThat(tika.extract(Samples.png(), "image/png")).isNotNull();
	}

}

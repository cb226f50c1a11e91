package la.anuyat.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real PDF and DOCX files with Lao text, made in memory. The PDF embeds Noto Sans Lao
 * (the font the build packs for certificates); it is not shaped, which does not matter
 * for text extraction.
 */
public final class LaoDocuments {

	private static final String FONT = "/META-INF/resources/fonts/NotoSansLao-Regular.ttf";

	private LaoDocuments() {
	}

	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				InputStream font = LaoDocuments.class.getResourceAsStream(FONT)) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font lao = PDType0Font.load(document, font);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(lao, 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx(String... paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

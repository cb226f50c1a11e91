package la.anuyat.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of each kind, made in memory, so that the tests need no binary fixtures.
 */
public final class Samples {

	private Samples() {
	}

	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
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

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The start of a Windows program: "MZ", the DOS stub, a PE header.
	 */
	public static byte[] windowsProgram() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4e, stub.length);
		return exe;
	}

	public static byte[] zip() {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("business-plan.txt"));
			zip.write("plan".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] text() {
		return "Business plan: we sell software.\nThis is plain text.\n".getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(5, 5, 20, 10);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package la.anuyat.licence.internal.certificate;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lao in the PDF must look as Java2D shapes it: tone marks stacked above upper vowels,
 * marks placed on their consonants. The test draws the same words three ways at the same
 * size and place (Java2D's own TextLayout as the reference, the certificate's drawing
 * path, and PDFBox's unshaped {@code showText} as a counter-example) and compares the
 * ink.
 */
class LaoShapingTest {

	/** Tone marks over upper vowels (ີ່ ີ້ ໍ່), over ົ, and a lower vowel (ູ). */
	static final String STACKED = "ເຈົ້າໜ້າທີ່ ນີ້ ທີ່ ຕໍ່ ກູ້ ເຂົ້າ";

	static final float SIZE = 28;

	static final float WIDTH = 440;

	static final float HEIGHT = 64;

	static final float X = 10;

	/** From the top of the picture, as Java2D counts. */
	static final float BASELINE = 44;

	static final int DPI = 150;

	static final float SCALE = DPI / 72f;

	final CertificateFonts fonts = new CertificateFonts();

	@Test
	void certificateTextLooksAsJava2dShapesIt() throws IOException {
		BufferedImage reference = java2d();
		BufferedImage shaped = pdf(this::drawShaped);
		BufferedImage unshaped = pdf(this::drawUnshaped);
		save(reference, "shaping-java2d.png");
		save(shaped, "shaping-certificate-path.png");
		save(unshaped, "shaping-pdfbox-showtext.png");

		double shapedMatch = inkOverlap(reference, shaped);
		double unshapedMatch = inkOverlap(reference, unshaped);
		System.out.printf("ink overlap with Java2D: certificate path %.3f, PDFBox showText %.3f%n", shapedMatch,
				unshapedMatch);
		// Measured: 0.89 against 0.57. What separates the two is where the marks sit; the
		// rest is anti-aliasing at the glyph edges, which differs a little between
		// renderers.
		assertThat(shapedMatch).isGreaterThan(0.8);
		// The counter-example proves the comparison notices misplaced marks.
		assertThat(unshapedMatch).isLessThan(shapedMatch - 0.2);
	}

	private BufferedImage java2d() {
		BufferedImage image = blank();
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.scale(SCALE, SCALE);
		g.setColor(Color.BLACK);
		Font font = this.fonts.awtFont(FontFace.REGULAR, SIZE);
		new TextLayout(STACKED, font, g.getFontRenderContext()).draw(g, X, BASELINE);
		g.dispose();
		return image;
	}

	private void drawShaped(PDDocument document, PDPage page) throws IOException {
		Map<FontFace, PDType0Font> embedded = Map.of(FontFace.REGULAR, this.fonts.embedIn(document, FontFace.REGULAR));
		try (PageCanvas canvas = new PageCanvas(document, page, embedded)) {
			ShapedText text = new TextShaper(this.fonts).shape(STACKED, FontFace.REGULAR, SIZE);
			canvas.draw(text, X, HEIGHT - BASELINE, Color.BLACK);
		}
	}

	private void drawUnshaped(PDDocument document, PDPage page) throws IOException {
		PDType0Font font = this.fonts.embedIn(document, FontFace.REGULAR);
		try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
			stream.beginText();
			stream.setFont(font, SIZE);
			stream.newLineAtOffset(X, HEIGHT - BASELINE);
			stream.showText(STACKED);
			stream.endText();
		}
	}

	private BufferedImage pdf(PageDrawing drawing) throws IOException {
		byte[] bytes;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
			document.addPage(page);
			drawing.draw(document, page);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			bytes = out.toByteArray();
		}
		return SignedCertificateFactoryTest.render(new ByteArrayInputStream(bytes).readAllBytes(), DPI);
	}

	private static BufferedImage blank() {
		BufferedImage image = new BufferedImage(Math.round(WIDTH * SCALE), Math.round(HEIGHT * SCALE),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.dispose();
		return image;
	}

	/**
	 * Intersection over union of the inked pixels: 1 when both pictures are the same,
	 * lower as marks move away from where the reference has them.
	 */
	static double inkOverlap(BufferedImage a, BufferedImage b) {
		int width = Math.min(a.getWidth(), b.getWidth());
		int height = Math.min(a.getHeight(), b.getHeight());
		long both = 0;
		long either = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean inkA = inked(a.getRGB(x, y));
				boolean inkB = inked(b.getRGB(x, y));
				both += (inkA && inkB) ? 1 : 0;
				either += (inkA || inkB) ? 1 : 0;
			}
		}
		return (either == 0) ? 0 : (double) both / either;
	}

	private static boolean inked(int rgb) {
		int luminance = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
		return luminance < 128;
	}

	private static void save(BufferedImage image, String name) throws IOException {
		Path target = Path.of("target");
		Files.createDirectories(target);
		ImageIO.write(image, "png", target.resolve(name).toFile());
	}

	@FunctionalInterface
	interface PageDrawing {

		void draw(PDDocument document, PDPage page) throws IOException;

	}

}

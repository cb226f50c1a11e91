package la.anuyat.licence.internal.certificate;

import java.awt.Color;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a page is drawn: PDFBox's content stream for lines and shapes, plus text already
 * shaped by {@link TextShaper}, drawn glyph by glyph at the positions Java2D computed.
 * <p>
 * Why not PDFBox's {@code showText}: it maps each character to one glyph and advances, so
 * Lao marks are neither substituted nor positioned. Why not the pdfbox-graphics2d bridge
 * either: its {@code drawString} ends in that same {@code showText}, and its
 * {@code drawGlyphVector} fills glyph outlines, which loses the text. Here the shaped
 * glyph ids are written as text in the embedded (subset) font, each with its own text
 * matrix, so the PDF keeps real, searchable text and a viewer draws exactly Java2D's
 * layout. Each run is wrapped in an {@code /ActualText} span so that copying gives the
 * original characters even for glyphs the font reaches only through substitution. Runs in
 * a fallback font that is not embedded are filled as outlines instead.
 * <p>
 * PDFBox has no public operator for showing glyph ids, so the canvas keeps the stream's
 * output and writes the {@code Tj} operand itself, between PDFBox's own operators. That
 * needs the one {@link PDPageContentStream} constructor that takes an output stream,
 * which draws into a form XObject; the form fills the page when the canvas closes.
 */
final class PageCanvas implements Closeable {

	/** Java2D's ids from here up draw nothing (e.g. for zero-width joiners). */
	private static final int INVISIBLE_GLYPH = 0xFFFE;

	private final PDDocument document;

	private final PDPage page;

	private final PDAppearanceStream form;

	private final OutputStream out;

	private final PDPageContentStream stream;

	private final Map<FontFace, PDType0Font> fonts;

	PageCanvas(PDDocument document, PDPage page, Map<FontFace, PDType0Font> fonts) throws IOException {
		this.document = document;
		this.page = page;
		this.fonts = fonts;
		this.form = new PDAppearanceStream(document);
		this.form.setBBox(page.getMediaBox());
		this.form.setResources(new PDResources());
		this.out = this.form.getContentStream().createOutputStream(COSName.FLATE_DECODE);
		this.stream = new PDPageContentStream(document, this.form, this.out);
	}

	/** PDFBox's operators, for everything that is not text. */
	PDPageContentStream stream() {
		return this.stream;
	}

	/**
	 * Draws {@code text} with its baseline starting at ({@code x}, {@code baseline}) in
	 * PDF user space (y up).
	 */
	void draw(ShapedText text, float x, float baseline, Color color) throws IOException {
		this.stream.setNonStrokingColor(color);
		for (ShapedText.Run run : text.runs()) {
			if (run.embeddable()) {
				drawAsText(run, text.size(), x + run.x(), baseline);
			}
			else {
				drawAsOutlines(run, x + run.x(), baseline);
			}
		}
	}

	private void drawAsText(ShapedText.Run run, float size, float x, float baseline) throws IOException {
		PDType0Font font = this.fonts.get(run.face());
		GlyphVector glyphs = run.glyphs();
		Set<Integer> used = new HashSet<>();
		// Inline, not as a named resource: text extractors such as Poppler's only read an
		// ActualText given inline.
		raw("/Span <</ActualText <FEFF" + HexFormat.of().formatHex(run.text().getBytes(StandardCharsets.UTF_16BE))
				+ ">>> BDC\n");
		this.stream.beginText();
		this.stream.setFont(font, size);
		for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
			int glyph = glyphs.getGlyphCode(i);
			if (glyph >= INVISIBLE_GLYPH) {
				continue;
			}
			used.add(glyph);
			// Java2D's y axis points down, the PDF's up: a mark raised by GPOS has a
			// negative y.
			Point2D position = glyphs.getGlyphPosition(i);
			this.stream.setTextMatrix(
					Matrix.getTranslateInstance(x + (float) position.getX(), baseline - (float) position.getY()));
			raw("<" + HexFormat.of().formatHex(font.encodeGlyphId(glyph)) + "> Tj\n");
		}
		this.stream.endText();
		this.stream.endMarkedContent();
		// Glyphs reached through shaping have no character of their own, so the
		// subsetter is told about the glyph ids directly.
		font.addGlyphsToSubset(used);
	}

	private void raw(String operators) throws IOException {
		this.out.write(operators.getBytes(StandardCharsets.US_ASCII));
	}

	private void drawAsOutlines(ShapedText.Run run, float x, float baseline) throws IOException {
		AffineTransform toPage = new AffineTransform(1, 0, 0, -1, x, baseline);
		fillShape(toPage.createTransformedShape(run.glyphs().getOutline()));
	}

	/** Fills a Java2D shape given in PDF user space. */
	void fillShape(Shape shape) throws IOException {
		PathIterator path = shape.getPathIterator(null);
		float[] c = new float[6];
		float lastX = 0;
		float lastY = 0;
		while (!path.isDone()) {
			switch (path.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> {
					this.stream.moveTo(c[0], c[1]);
					lastX = c[0];
					lastY = c[1];
				}
				case PathIterator.SEG_LINETO -> {
					this.stream.lineTo(c[0], c[1]);
					lastX = c[0];
					lastY = c[1];
				}
				case PathIterator.SEG_QUADTO -> {
					// PDF has cubic curves only; a quadratic one converts exactly.
					this.stream.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
							c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
					lastX = c[2];
					lastY = c[3];
				}
				case PathIterator.SEG_CUBICTO -> {
					this.stream.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
					lastX = c[4];
					lastY = c[5];
				}
				default -> this.stream.closePath();
			}
			path.next();
		}
		if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
			this.stream.fillEvenOdd();
		}
		else {
			this.stream.fill();
		}
	}

	/** Finishes the drawing and places it on the page. */
	@Override
	public void close() throws IOException {
		this.stream.close();
		try (PDPageContentStream pageStream = new PDPageContentStream(this.document, this.page,
				PDPageContentStream.AppendMode.APPEND, true)) {
			pageStream.drawForm(this.form);
		}
	}

}

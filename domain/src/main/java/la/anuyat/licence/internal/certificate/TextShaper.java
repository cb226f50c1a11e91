package la.anuyat.licence.internal.certificate;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out certificate text with Java2D, which shapes complex scripts (HarfBuzz inside
 * the JDK): Lao vowel and tone marks are stacked and placed from the font's GSUB/GPOS
 * tables, as in ເຈົ້າໜ້າທີ່. PDFBox's own {@code showText} maps characters to glyphs one
 * by one and would pile a tone mark onto an upper vowel, so all text goes through this
 * class first.
 */
final class TextShaper {

	/**
	 * Unhinted, fractional metrics at identity scale: glyph positions come out in points,
	 * exactly as the font designs them, whatever the PDF is later rendered at.
	 */
	static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

	/** The smallest a too-long line may be shrunk to, as a share of its size. */
	private static final float MIN_SHRINK = 0.6f;

	private final CertificateFonts fonts;

	TextShaper(CertificateFonts fonts) {
		this.fonts = fonts;
	}

	Font font(FontFace face, float size) {
		return this.fonts.awtFont(face, size);
	}

	/**
	 * Shapes {@code text} on one line. Characters the certificate font lacks are set in
	 * Java's SansSerif in runs of their own, so nothing comes out as a missing-glyph box.
	 */
	ShapedText shape(String text, FontFace face, float size) {
		Font primary = this.fonts.awtFont(face, size);
		char[] chars = text.toCharArray();
		List<ShapedText.Run> runs = new ArrayList<>();
		float x = 0;
		int start = 0;
		while (start < chars.length) {
			int missing = primary.canDisplayUpTo(chars, start, chars.length);
			boolean covered = missing != start;
			int end = covered ? ((missing < 0) ? chars.length : missing) : endOfUncovered(primary, chars, start);
			Font font = covered ? primary : fallback(face, size);
			GlyphVector glyphs = font.layoutGlyphVector(RENDER_CONTEXT, chars, start, end, Font.LAYOUT_LEFT_TO_RIGHT);
			runs.add(new ShapedText.Run(text.substring(start, end), glyphs, covered ? face : null, x));
			x += (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
			start = end;
		}
		return new ShapedText(text, size, List.copyOf(runs), x);
	}

	/**
	 * Shapes {@code text} no wider than {@code maxWidth}, shrinking it (down to
	 * {@value #MIN_SHRINK} of its size) when needed: used for single values such as
	 * names, where a smaller line reads better than a broken one.
	 */
	ShapedText fit(String text, FontFace face, float size, float maxWidth) {
		ShapedText shaped = shape(text, face, size);
		if (shaped.width() <= maxWidth) {
			return shaped;
		}
		float smaller = Math.max(size * MIN_SHRINK, size * maxWidth / shaped.width());
		return shape(text, face, smaller);
	}

	/**
	 * Breaks {@code text} into lines no wider than {@code maxWidth}. Lao writes no spaces
	 * between words but does between phrases, and addresses and English have spaces too,
	 * so lines break at spaces; a single phrase too long for a line is shrunk to fit.
	 */
	List<ShapedText> wrap(String text, FontFace face, float size, float maxWidth) {
		List<ShapedText> lines = new ArrayList<>();
		String line = "";
		for (String word : text.trim().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && shape(candidate, face, size).width() > maxWidth) {
				lines.add(fit(line, face, size, maxWidth));
				line = word;
			}
			else {
				line = candidate;
			}
		}
		lines.add(fit(line, face, size, maxWidth));
		return lines;
	}

	private static int endOfUncovered(Font font, char[] chars, int start) {
		int i = start;
		while (i < chars.length) {
			int codePoint = Character.codePointAt(chars, i);
			if (font.canDisplay(codePoint)) {
				break;
			}
			i += Character.charCount(codePoint);
		}
		// At least one character, so that the caller always moves on.
		return Math.max(i, start + Character.charCount(Character.codePointAt(chars, start)));
	}

	private static Font fallback(FontFace face, float size) {
		return new Font(Font.SANS_SERIF, (face == FontFace.BOLD) ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
	}

}

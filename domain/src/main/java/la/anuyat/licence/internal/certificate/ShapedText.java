package la.anuyat.licence.internal.certificate;

import java.awt.font.GlyphVector;
import java.util.List;

/**
 * One line of text after shaping: the glyphs Java2D chose and where it placed them, ready
 * to be drawn without any further layout.
 *
 * @param text the characters of the line
 * @param size the font size in points
 * @param runs the runs in one font each, in drawing order
 * @param width the advance of the whole line in points
 */
record ShapedText(String text, float size, List<Run> runs, float width) {

	/**
	 * A stretch of the line in one font.
	 *
	 * @param text the characters the run shows (kept for the PDF's ActualText)
	 * @param glyphs the shaped glyphs; positions are relative to the run's origin, y down
	 * @param face the certificate face, or {@code null} when the characters needed a
	 * fallback font that is not embedded (drawn as outlines)
	 * @param x the run's origin from the start of the line, in points
	 */
	record Run(String text, GlyphVector glyphs, FontFace face, float x) {

		boolean embeddable() {
			return this.face != null;
		}

	}

}

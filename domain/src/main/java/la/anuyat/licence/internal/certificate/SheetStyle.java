package la.anuyat.licence.internal.certificate;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What the regulator's printed sheets share, so that a certificate, an invoice and a
 * receipt look as if from one office: the page, the inks, and what an empty answer
 * prints.
 */
final class SheetStyle {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final Color INK = new Color(0x1A, 0x1A, 0x1A);

	static final Color MUTED = new Color(0x5A, 0x5F, 0x66);

	static final Color ACCENT = new Color(0x1B, 0x3A, 0x6B);

	static final String MISSING = "—";

	private SheetStyle() {
	}

	/** The answer as printed: trimmed, or a dash when there is none. */
	static String orMissing(String value) {
		return (value == null || value.isBlank()) ? MISSING : value.strip();
	}

}

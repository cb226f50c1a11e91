package la.anuyat.licence.internal.certificate;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans Lao, read once from the classpath (the domain build fetches it from the npm
 * registry; it is not committed). The same font file serves twice: Java2D shapes text
 * with it, and each PDF embeds a subset of it so that the shaped glyphs stay real text.
 * <p>
 * Noto Sans Lao also carries Latin letters, digits and punctuation, so English is set in
 * the same face; characters it lacks fall back to Java's logical SansSerif font (see
 * {@link TextShaper}).
 */
final class CertificateFonts {

	private final Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);

	private final Map<FontFace, Font> fonts = new EnumMap<>(FontFace.class);

	CertificateFonts() {
		for (FontFace face : FontFace.values()) {
			byte[] bytes = read(face.resource());
			this.files.put(face, bytes);
			try {
				this.fonts.put(face, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)));
			}
			catch (FontFormatException | IOException ex) {
				throw new IllegalStateException("Cannot read the certificate font " + face.resource(), ex);
			}
		}
	}

	/**
	 * @return the Java2D font of that face at {@code size} points
	 */
	Font awtFont(FontFace face, float size) {
		return this.fonts.get(face).deriveFont(size);
	}

	/**
	 * Loads the face into {@code document} as a subset-embedded CID font. Glyphs are
	 * added to the subset by {@link PageCanvas} as they are drawn.
	 */
	PDType0Font embedIn(PDDocument document, FontFace face) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(this.files.get(face)), true);
	}

	private static byte[] read(String resource) {
		try (InputStream in = CertificateFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The certificate font " + resource
						+ " is not on the classpath; the domain build fetches it (mvn generate-resources)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

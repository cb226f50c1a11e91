package la.anuyat.licence.internal.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import la.anuyat.licence.BilingualSheets;
import la.anuyat.licence.BilingualSheets.SignatureBlock;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.internal.signing.PadesSigner;
import la.anuyat.licence.internal.signing.RevocationLists;
import la.anuyat.licence.internal.signing.SigningKeys;
import la.anuyat.licence.internal.signing.TimeStampAuthority;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.springframework.stereotype.Component;

import static la.anuyat.licence.internal.certificate.SheetStyle.ACCENT;
import static la.anuyat.licence.internal.certificate.SheetStyle.INK;
import static la.anuyat.licence.internal.certificate.SheetStyle.MUTED;
import static la.anuyat.licence.internal.certificate.SheetStyle.PAGE;
import static la.anuyat.licence.internal.certificate.SheetStyle.orMissing;

/**
 * Draws {@link BilingualSheets.Sheet}s with the certificate's fonts, shaper and canvas,
 * so that Lao on an invoice or a receipt is shaped exactly as on a certificate.
 */
@Component
class BilingualSheetRenderer implements BilingualSheets {

	private static final float MARGIN = 60;

	private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float VALUE_X = 230;

	private static final float VALUE_WIDTH = PAGE.getWidth() - MARGIN - VALUE_X;

	private static final float LABEL_WIDTH = VALUE_X - MARGIN - 10;

	/** From the role above a signature to the name under it. */
	private static final float SIGNATURES_HEIGHT = 130;

	private final CertificateFonts fonts = new CertificateFonts();

	private final TextShaper shaper = new TextShaper(this.fonts);

	private final PadesSigner signer;

	private final SigningKeys keys;

	BilingualSheetRenderer(SigningKeys keys, TimeStampAuthority timeStamps) {
		this.keys = keys;
		this.signer = new PadesSigner(timeStamps, new RevocationLists(keys));
	}

	@Override
	public byte[] renderSigned(Sheet sheet, String authorityCode, String reason) {
		String signer = (sheet.authorityNameEn() != null) ? sheet.authorityNameEn() : authorityCode;
		return this.signer.sign(render(sheet), this.keys.keyFor(authorityCode),
				new PadesSigner.Details(signer, reason, "Lao PDR", Calendar.getInstance()));
	}

	@Override
	public byte[] render(Sheet sheet) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PAGE);
			document.addPage(page);
			Map<FontFace, PDType0Font> embedded = new EnumMap<>(FontFace.class);
			for (FontFace face : FontFace.values()) {
				embedded.put(face, this.fonts.embedIn(document, face));
			}
			float y;
			try (PageCanvas canvas = new PageCanvas(document, page, embedded)) {
				Drawing drawing = new Drawing(canvas, this.shaper, sheet);
				drawing.draw();
				y = drawing.y;
			}
			if (!sheet.signatures().isEmpty()) {
				if (y - SIGNATURES_HEIGHT < MARGIN) {
					// no room left under the note: the signatures get a page of their own
					PDPage next = new PDPage(PAGE);
					document.addPage(next);
					page = next;
					y = PAGE.getHeight() - 70;
				}
				try (PageCanvas canvas = new PageCanvas(document, page, embedded)) {
					drawSignatures(document, canvas, sheet.signatures(), y - 20);
				}
			}
			for (byte[] picture : sheet.pictures()) {
				addPicturePage(document, picture);
			}
			document.getDocumentInformation().setTitle(sheet.documentTitle());
			document.getDocumentInformation().setAuthor(orMissing(sheet.authorityNameEn()));
			document.getDocumentInformation().setCreator("Anuyat");
			document.getDocumentInformation().setCreationDate(Calendar.getInstance());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + sheet.documentTitle(), ex);
		}
	}

	/**
	 * The hand-drawn signatures side by side: each signer's role in Lao and English, the
	 * stroke scaled into its box, a line, and the name under it.
	 */
	private void drawSignatures(PDDocument document, PageCanvas canvas, List<SignatureBlock> signatures, float top)
			throws IOException {
		int count = signatures.size();
		float gap = 20;
		float width = (TEXT_WIDTH - gap * (count - 1)) / count;
		for (int i = 0; i < count; i++) {
			SignatureBlock signature = signatures.get(i);
			float x = MARGIN + i * (width + gap);
			canvas.draw(this.shaper.fit(orMissing(signature.roleLo()), FontFace.BOLD, 10, width), x, top, INK);
			canvas.draw(this.shaper.fit(orMissing(signature.roleEn()), FontFace.REGULAR, 8.5f, width), x, top - 12,
					MUTED);
			float boxTop = top - 20;
			float boxHeight = 70;
			PDImageXObject image = PDImageXObject.createFromByteArray(document, signature.png(), "signature");
			float scale = Math.min(1, Math.min(width / image.getWidth(), boxHeight / image.getHeight()));
			float imageWidth = image.getWidth() * scale;
			float imageHeight = image.getHeight() * scale;
			canvas.stream().drawImage(image, x, boxTop - imageHeight, imageWidth, imageHeight);
			float line = boxTop - boxHeight - 4;
			canvas.stream().setStrokingColor(MUTED);
			canvas.stream().setLineWidth(0.5f);
			canvas.stream().moveTo(x, line);
			canvas.stream().lineTo(x + width, line);
			canvas.stream().stroke();
			canvas.draw(this.shaper.fit(orMissing(signature.name()), FontFace.BOLD, 10, width), x, line - 14, INK);
		}
	}

	/**
	 * A photo on a page of its own, as large as the margins allow and never enlarged.
	 */
	private static void addPicturePage(PDDocument document, byte[] picture) throws IOException {
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		PDImageXObject image = PDImageXObject.createFromByteArray(document, picture, "photo");
		float maxWidth = PAGE.getWidth() - 2 * MARGIN;
		float maxHeight = PAGE.getHeight() - 2 * MARGIN;
		float scale = Math.min(1, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
		float width = image.getWidth() * scale;
		float height = image.getHeight() * scale;
		try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
			stream.drawImage(image, (PAGE.getWidth() - width) / 2, PAGE.getHeight() - MARGIN - height, width, height);
		}
	}

	private static final class Drawing {

		private final PageCanvas canvas;

		private final TextShaper shaper;

		private final Sheet sheet;

		private float y = PAGE.getHeight() - 70;

		Drawing(PageCanvas canvas, TextShaper shaper, Sheet sheet) {
			this.canvas = canvas;
			this.shaper = shaper;
			this.sheet = sheet;
		}

		void draw() throws IOException {
			centred("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", FontFace.BOLD, 12, INK);
			down(13);
			centred("LAO PEOPLE'S DEMOCRATIC REPUBLIC", FontFace.REGULAR, 8.5f, MUTED);
			down(22);
			centred(orMissing(this.sheet.authorityNameLo()), FontFace.BOLD, 11.5f, INK);
			down(13);
			centred(orMissing(this.sheet.authorityNameEn()), FontFace.REGULAR, 9, MUTED);
			down(16);
			this.canvas.stream().setStrokingColor(ACCENT);
			this.canvas.stream().setLineWidth(0.8f);
			this.canvas.stream().moveTo(MARGIN, this.y);
			this.canvas.stream().lineTo(PAGE.getWidth() - MARGIN, this.y);
			this.canvas.stream().stroke();
			down(34);
			centred(orMissing(this.sheet.titleLo()), FontFace.BOLD, 20, ACCENT);
			down(22);
			centred(orMissing(this.sheet.titleEn()), FontFace.BOLD, 14, ACCENT);
			down(24);
			centred("ເລກທີ / No. " + orMissing(this.sheet.number()), FontFace.BOLD, 12, INK);
			down(34);
			for (CertificateRow row : this.sheet.rows()) {
				row(row);
			}
			down(10);
			note(this.sheet.noteLo(), FontFace.REGULAR, 10, INK, 14);
			down(4);
			note(this.sheet.noteEn(), FontFace.REGULAR, 9, MUTED, 12);
		}

		private void row(CertificateRow row) throws IOException {
			at(this.shaper.fit(orMissing(row.labelLo()), FontFace.REGULAR, 10, LABEL_WIDTH), MARGIN, this.y, INK);
			at(this.shaper.fit(orMissing(row.labelEn()), FontFace.REGULAR, 8.5f, LABEL_WIDTH), MARGIN, this.y - 12,
					MUTED);
			float baseline = this.y;
			for (ShapedText line : this.shaper.wrap(orMissing(row.value()), FontFace.BOLD, 11, VALUE_WIDTH)) {
				at(line, VALUE_X, baseline, INK);
				baseline -= 14;
			}
			if (row.valueEn() != null) {
				for (ShapedText line : this.shaper.wrap(orMissing(row.valueEn()), FontFace.REGULAR, 10, VALUE_WIDTH)) {
					at(line, VALUE_X, baseline + 1, INK);
					baseline -= 13;
				}
			}
			this.y = Math.min(baseline, this.y - 25) - 10;
		}

		private void note(String text, FontFace face, float size, Color color, float leading) throws IOException {
			if (text == null || text.isBlank()) {
				return;
			}
			List<ShapedText> lines = this.shaper.wrap(text, face, size, TEXT_WIDTH);
			for (ShapedText line : lines) {
				at(line, MARGIN, this.y, color);
				down(leading);
			}
		}

		private void centred(String text, FontFace face, float size, Color color) throws IOException {
			ShapedText shaped = this.shaper.fit(text, face, size, TEXT_WIDTH);
			at(shaped, (PAGE.getWidth() - shaped.width()) / 2, this.y, color);
		}

		private void at(ShapedText text, float x, float baseline, Color color) throws IOException {
			this.canvas.draw(text, x, baseline, color);
		}

		private void down(float points) {
			this.y -= points;
		}

	}

}

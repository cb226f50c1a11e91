package la.anuyat.licence.internal.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.internal.CertificateContent;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import static la.anuyat.licence.internal.certificate.SheetStyle.ACCENT;
import static la.anuyat.licence.internal.certificate.SheetStyle.INK;
import static la.anuyat.licence.internal.certificate.SheetStyle.MISSING;
import static la.anuyat.licence.internal.certificate.SheetStyle.MUTED;
import static la.anuyat.licence.internal.certificate.SheetStyle.PAGE;
import static la.anuyat.licence.internal.certificate.SheetStyle.orMissing;

/**
 * Lays out the one A4 page of a licence certificate, Lao first and English under it, and
 * returns the unsigned PDF. The title and the rows taken from the application form are
 * the content's, chosen by the licence catalogue and the form; the layout names no
 * licence type.
 */
final class CertificateRenderer {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final String MINISTRY_LO = "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ";

	private static final String MINISTRY_EN = "Ministry of Technology and Communications";

	private static final float MARGIN = 70;

	private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float LABEL_X = MARGIN;

	private static final float LABEL_WIDTH = 146;

	private static final float VALUE_X = 228;

	private static final float VALUE_WIDTH = PAGE.getWidth() - MARGIN - VALUE_X;

	/** A row is at least as tall as its two-line label. */
	private static final float LABEL_HEIGHT = 25;

	private static final float ROW_GAP = 10;

	private static final float MIN_ROW_GAP = 3;

	private static final float QR_SIZE = 112;

	/** Bottom of the QR code; the verification address goes under it. */
	private static final float QR_Y = 76;

	/** The details table must end above this line, where the signature note starts. */
	private static final float DETAILS_FLOOR = QR_Y + QR_SIZE + 12;

	private final CertificateFonts fonts;

	private final TextShaper shaper;

	private final QrCodeDrawer qrCode = new QrCodeDrawer();

	CertificateRenderer(CertificateFonts fonts) {
		this.fonts = fonts;
		this.shaper = new TextShaper(fonts);
	}

	byte[] render(CertificateContent content) {
		return render(content, content.verificationUrl());
	}

	/**
	 * @param qrContent what the QR code carries: the verification address, with the
	 * signed token in it
	 */
	byte[] render(CertificateContent content, String qrContent) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PAGE);
			document.addPage(page);
			Map<FontFace, PDType0Font> embedded = new EnumMap<>(FontFace.class);
			for (FontFace face : FontFace.values()) {
				embedded.put(face, this.fonts.embedIn(document, face));
			}
			try (PageCanvas canvas = new PageCanvas(document, page, embedded)) {
				new Page(canvas, this.shaper, this.qrCode, content, qrContent).draw();
			}
			describe(document.getDocumentInformation(), content);
			PdfaArchive.declare(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			// A classic cross-reference table, not a compressed stream: the signing
			// revision then writes its own table too, and never reuses an object of this
			// revision (strict validators refuse a reused cross-reference stream).
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the certificate of " + content.licenceNumber(), ex);
		}
	}

	private static void describe(PDDocumentInformation info, CertificateContent content) {
		info.setTitle(orMissing(content.titleEn()) + " " + content.licenceNumber());
		info.setSubject(orMissing(content.titleLo()) + " / " + orMissing(content.titleEn()));
		info.setAuthor(orMissing(content.authorityNameEn()));
		info.setCreator("Anuyat");
		info.setCreationDate(Calendar.getInstance());
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : MISSING;
	}

	/**
	 * One line of the details table, shaped and measured before anything is drawn so that
	 * the spacing can give way to long values.
	 */
	private record Row(ShapedText labelLo, ShapedText labelEn, List<ShapedText> values, List<ShapedText> valuesEn) {

		static final float VALUE_LEADING = 14;

		static final float VALUE_EN_LEADING = 13;

		float height() {
			return Math.max(this.values.size() * VALUE_LEADING + this.valuesEn.size() * VALUE_EN_LEADING, LABEL_HEIGHT);
		}

	}

	/**
	 * One drawing pass over a page; {@code y} is the baseline of the next line in PDF
	 * user space, moving down the page.
	 */
	private static final class Page {

		private final PageCanvas canvas;

		private final TextShaper shaper;

		private final QrCodeDrawer qrCode;

		private final CertificateContent content;

		private final String qrContent;

		private float y = PAGE.getHeight() - 72;

		Page(PageCanvas canvas, TextShaper shaper, QrCodeDrawer qrCode, CertificateContent content, String qrContent) {
			this.qrContent = qrContent;
			this.canvas = canvas;
			this.shaper = shaper;
			this.qrCode = qrCode;
			this.content = content;
		}

		void draw() throws IOException {
			frame();
			heading();
			title();
			details();
			verification();
		}

		private void frame() throws IOException {
			this.canvas.stream().setStrokingColor(ACCENT);
			this.canvas.stream().setLineWidth(1.8f);
			this.canvas.stream().addRect(24, 24, PAGE.getWidth() - 48, PAGE.getHeight() - 48);
			this.canvas.stream().stroke();
			this.canvas.stream().setLineWidth(0.6f);
			this.canvas.stream().addRect(29, 29, PAGE.getWidth() - 58, PAGE.getHeight() - 58);
			this.canvas.stream().stroke();
		}

		private void heading() throws IOException {
			centred("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", FontFace.BOLD, 13, INK);
			down(14);
			centred("LAO PEOPLE'S DEMOCRATIC REPUBLIC", FontFace.REGULAR, 8.5f, MUTED);
			down(17);
			centred("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ", FontFace.REGULAR, 11, INK);
			down(13);
			centred("Peace Independence Democracy Unity Prosperity", FontFace.REGULAR, 8.5f, MUTED);
			down(24);
			centred(MINISTRY_LO, FontFace.BOLD, 12, INK);
			down(13);
			centred(MINISTRY_EN, FontFace.REGULAR, 9, MUTED);
			// A provincial department issues most licences; the ministry itself issues
			// the
			// national ones and is then named only once.
			String authorityEn = orMissing(this.content.authorityNameEn());
			if (!authorityEn.equalsIgnoreCase(MINISTRY_EN)) {
				down(17);
				centred(orMissing(this.content.authorityNameLo()), FontFace.BOLD, 11.5f, INK);
				down(13);
				centred(authorityEn, FontFace.REGULAR, 9, MUTED);
			}
			down(16);
			this.canvas.stream().setStrokingColor(ACCENT);
			this.canvas.stream().setLineWidth(0.8f);
			this.canvas.stream().moveTo(MARGIN + 40, this.y);
			this.canvas.stream().lineTo(PAGE.getWidth() - MARGIN - 40, this.y);
			this.canvas.stream().stroke();
		}

		private void title() throws IOException {
			down(36);
			centred(orMissing(this.content.titleLo()), FontFace.BOLD, 22, ACCENT);
			down(25);
			centred(orMissing(this.content.titleEn()), FontFace.BOLD, 15, ACCENT);
			down(27);
			centred("ເລກທີ / No. " + this.content.licenceNumber(), FontFace.BOLD, 13, INK);
			down(32);
		}

		private void details() throws IOException {
			CertificateContent c = this.content;
			List<Row> rows = new ArrayList<>(
					List.of(row("ປະເພດໃບອະນຸຍາດ", "Licence type", c.licenceTypeNameLo(), c.licenceTypeNameEn()),
							row("ຜູ້ຖືໃບອະນຸຍາດ", "Licence holder", c.holderNameLo(), c.holderNameEn()),
							row("ເລກທະບຽນວິສາຫະກິດ", "Enterprise registration no.", c.holderRegistrationNumber(), null),
							row("ທີ່ຕັ້ງ", "Address", c.holderAddress(), null)));
			// what this licence type's form tags for the certificate, between the holder
			// and the issuing authority
			for (CertificateRow formRow : c.formRows()) {
				rows.add(row(formRow.labelLo(), formRow.labelEn(), formRow.value(), formRow.valueEn()));
			}
			rows.addAll(
					List.of(row("ອົງການອອກໃບອະນຸຍາດ", "Issuing authority", c.authorityNameLo(), c.authorityNameEn()),
							row("ວັນທີອອກ", "Issued on", date(c.issuedOn()), null),
							row("ໃຊ້ໄດ້ຮອດວັນທີ", "Valid until", date(c.validUntil()), null),
							row("ເລກທີຄຳຮ້ອງ", "Application no.", c.caseNumber(), null),
							row("ເຈົ້າໜ້າທີ່ຜູ້ອະນຸມັດ", "Decided by", c.decidedByLo(),
									c.decidedByLo().equals(c.decidedByEn()) ? null : c.decidedByEn())));
			// Long names and addresses take more lines; the rows then move closer
			// together
			// rather than run into the signature note.
			float height = 0;
			for (Row row : rows) {
				height += row.height();
			}
			float room = (this.y - DETAILS_FLOOR - height) / (rows.size() - 1);
			float gap = Math.max(MIN_ROW_GAP, Math.min(ROW_GAP, room));
			for (Row row : rows) {
				draw(row);
				this.y -= row.height() + gap;
			}
		}

		/**
		 * A label in both languages on the left; on the right the value, or its Lao and
		 * English forms one under the other.
		 */
		private Row row(String labelLo, String labelEn, String value, String valueEn) {
			return new Row(this.shaper.fit(labelLo, FontFace.REGULAR, 10, LABEL_WIDTH),
					this.shaper.fit(labelEn, FontFace.REGULAR, 8.5f, LABEL_WIDTH),
					this.shaper.wrap(orMissing(value), FontFace.BOLD, 11, VALUE_WIDTH), (valueEn != null)
							? this.shaper.wrap(orMissing(valueEn), FontFace.REGULAR, 10, VALUE_WIDTH) : List.of());
		}

		private void draw(Row row) throws IOException {
			at(row.labelLo(), LABEL_X, this.y, INK);
			at(row.labelEn(), LABEL_X, this.y - 12, MUTED);
			float baseline = this.y;
			for (ShapedText line : row.values()) {
				at(line, VALUE_X, baseline, INK);
				baseline -= Row.VALUE_LEADING;
			}
			for (ShapedText line : row.valuesEn()) {
				at(line, VALUE_X, baseline + 1, INK);
				baseline -= Row.VALUE_EN_LEADING;
			}
		}

		private void verification() throws IOException {
			float qrX = PAGE.getWidth() - MARGIN - QR_SIZE;
			this.qrCode.draw(this.canvas.stream(), this.qrContent, qrX, QR_Y, QR_SIZE);
			float noteWidth = qrX - MARGIN - 24;
			String authorityLo = orMissing(this.content.authorityNameLo());
			String authorityEn = orMissing(this.content.authorityNameEn());
			List<ShapedText> note = this.shaper.wrap(
					"ໃບອະນຸຍາດສະບັບນີ້ ໄດ້ລົງລາຍເຊັນດິຈິຕອນ ໂດຍ " + authorityLo
							+ " ສະແກນ QR ໂຄດ ເພື່ອກວດສອບວ່າ ໃບອະນຸຍາດນີ້ ຍັງໃຊ້ໄດ້ຢູ່ ຫຼື ບໍ່.",
					FontFace.REGULAR, 9.5f, noteWidth);
			float baseline = QR_Y + QR_SIZE - 10;
			for (ShapedText line : note) {
				at(line, MARGIN, baseline, INK);
				baseline -= 13;
			}
			baseline -= 3;
			for (ShapedText line : this.shaper.wrap(
					"This licence is digitally signed by " + authorityEn
							+ ". Scan the QR code to check that it is still valid.",
					FontFace.REGULAR, 8.5f, noteWidth)) {
				at(line, MARGIN, baseline, MUTED);
				baseline -= 11;
			}
			at(this.shaper.fit("ກວດສອບຄວາມຖືກຕ້ອງ / Verify: " + this.content.verificationUrl(), FontFace.REGULAR, 9.5f,
					TEXT_WIDTH), MARGIN, QR_Y - 20, ACCENT);
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

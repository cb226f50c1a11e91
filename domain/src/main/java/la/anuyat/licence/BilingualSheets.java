package la.anuyat.licence;

import java.util.List;

/**
 * One-page official documents other than the certificate (a fee invoice, a receipt), set
 * in the certificate's typeface with its Lao shaping: a heading with the ministry and the
 * issuing authority, a title in Lao and English, a number, rows of labelled values and a
 * closing note.
 */
public interface BilingualSheets {

	/**
	 * @return the unsigned PDF of the sheet
	 */
	byte[] render(Sheet sheet);

	/**
	 * The sheet signed with the authority's key, as certificates are (PAdES with a
	 * timestamp): for letters and records that must prove who issued them.
	 * @param reason the signature's stated reason
	 */
	byte[] renderSigned(Sheet sheet, String authorityCode, String reason);

	/**
	 * What a sheet says.
	 *
	 * @param documentTitle the PDF's title in its document information
	 * @param rows the labelled values, in order ({@link CertificateRow#valueEn()} null
	 * where the value reads the same in both languages)
	 * @param pictures photos (JPEG or PNG) printed after the sheet, one per page (an
	 * inspection's photos)
	 * @param signatures the hand-drawn signatures printed under the note (an inspection
	 * report signed on the premises)
	 */
	record Sheet(String documentTitle, String titleLo, String titleEn, String number, String authorityNameLo,
			String authorityNameEn, List<CertificateRow> rows, String noteLo, String noteEn, List<byte[]> pictures,
			List<SignatureBlock> signatures) {

		public Sheet {
			rows = List.copyOf(rows);
			pictures = (pictures == null) ? List.of() : List.copyOf(pictures);
			signatures = (signatures == null) ? List.of() : List.copyOf(signatures);
		}

		/** A sheet without signatures drawn by hand. */
		public Sheet(String documentTitle, String titleLo, String titleEn, String number, String authorityNameLo,
				String authorityNameEn, List<CertificateRow> rows, String noteLo, String noteEn,
				List<byte[]> pictures) {
			this(documentTitle, titleLo, titleEn, number, authorityNameLo, authorityNameEn, rows, noteLo, noteEn,
					pictures, List.of());
		}

		/** A sheet without pictures. */
		public Sheet(String documentTitle, String titleLo, String titleEn, String number, String authorityNameLo,
				String authorityNameEn, List<CertificateRow> rows, String noteLo, String noteEn) {
			this(documentTitle, titleLo, titleEn, number, authorityNameLo, authorityNameEn, rows, noteLo, noteEn,
					List.of(), List.of());
		}

	}

	/**
	 * A signature drawn by hand: who signed (their role in Lao and English, and name) and
	 * the stroke, a PNG picture.
	 */
	record SignatureBlock(String roleLo, String roleEn, String name, byte[] png) {
	}

}

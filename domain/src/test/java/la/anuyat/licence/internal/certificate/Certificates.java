package la.anuyat.licence.internal.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.internal.CertificateContent;
import la.anuyat.licence.internal.signing.SigningKeys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Fixtures for the certificate tests.
 */
final class Certificates {

	static final String VERIFICATION_URL = "http://localhost:8080/verify/LIC-VTE-2026-000045";

	private Certificates() {
	}

	/**
	 * An internet café and ICT shop in Vientiane Capital, with the stacked marks Lao
	 * names and addresses are full of (ເຈົ້າ, ນ້ຳ, ທີ່, ຕໍ່).
	 */
	static CertificateContent internetCafeInVientiane() {
		return new CertificateContent("LIC-VTE-2026-000045", "ໃບອະນຸຍາດດຳເນີນທຸລະກິດ ໄອຊີທີ", "ICT Business Licence",
				"ICT-SHOP", "ຮ້ານຂາຍອຸປະກອນ ໄອຊີທີ ແລະ ຮ້ານອິນເຕີເນັດ", "ICT shop and internet café",
				"ບໍລິສັດ ເຈົ້າຟ້າ ດິຈິຕອນ ຈຳກັດຜູ້ດຽວ", "Chao Fa Digital Sole Co., Ltd.", "0123456789-000",
				"ເລກທີ 123, ຖະໜົນ ລ້ານຊ້າງ, ບ້ານ ຫັດສະດີ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ",
				List.of(new CertificateRow("ຈຳນວນຄອມພິວເຕີ", "Number of computers", "24", null)), "VTE",
				"ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ນະຄອນຫຼວງວຽງຈັນ",
				"Department of Technology and Communications, Vientiane Capital", LocalDate.of(2026, 11, 21),
				LocalDate.of(2029, 11, 20), "ICT-VTE-2026-000123", "ທ່ານ ສົມພອນ ແກ້ວມະນີ", "Mr Somphone Keomany",
				VERIFICATION_URL);
	}

	static SigningKeys demoKeys(Path dataDir) {
		return new SigningKeys("", "", "", dataDir.toString(), "demo-signing");
	}

	/**
	 * An incremental update after the last revision that paints another holder's name
	 * over the real one: the signed bytes stay untouched, only the page changes.
	 */
	static byte[] paintAnotherHolder(byte[] original) throws IOException {
		try (PDDocument document = Loader.loadPDF(original)) {
			PDPage page = document.getPage(0);
			try (PDPageContentStream stream = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true)) {
				stream.setNonStrokingColor(java.awt.Color.WHITE);
				stream.addRect(225, 470, 300, 40);
				stream.fill();
				stream.beginText();
				stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD), 11);
				stream.setNonStrokingColor(java.awt.Color.BLACK);
				stream.newLineAtOffset(228, 490);
				stream.showText("Someone Else Trading Co.");
				stream.endText();
			}
			page.getCOSObject().setNeedToBeUpdated(true);
			page.getResources().getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
	}

	static String text(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

}

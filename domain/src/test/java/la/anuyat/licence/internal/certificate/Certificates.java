package la.anuyat.licence.internal.certificate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.internal.CertificateContent;
import la.anuyat.licence.internal.signing.SigningKeys;

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

}

package la.anuyat.licence;

import la.anuyat.shared.LocalizedText;

/**
 * What the public verification page answers about a licence number.
 */
public enum VerificationStatus {

	VALID("ໃຊ້ໄດ້", "Valid"),

	SUSPENDED("ຖືກໂຈະ", "Suspended"),

	REVOKED("ຖືກຖອນ", "Revoked"),

	CANCELLED("ຖືກຍົກເລີກ", "Cancelled"),

	EXPIRED("ໝົດອາຍຸ", "Expired"),

	SUPERSEDED("ຖືກປ່ຽນແທນ", "Superseded"),

	UNKNOWN("ບໍ່ພົບໃບອະນຸຍາດນີ້", "Unknown");

	private final LocalizedText label;

	VerificationStatus(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

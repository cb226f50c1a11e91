package la.anuyat.casefile;

import la.anuyat.shared.LocalizedText;

/**
 * Where an application stands.
 */
public enum CaseStatus {

	DRAFT("ສະບັບຮ່າງ", "Draft"),

	SUBMITTED("ສົ່ງແລ້ວ", "Submitted"),

	INFO_REQUESTED("ຂໍຂໍ້ມູນເພີ່ມເຕີມ", "More information requested"),

	IN_STUDY("ກຳລັງພິຈາລະນາ", "In study"),

	AWAITING_DECISION("ລໍຖ້າການຕັດສິນ", "Awaiting decision"),

	APPROVED("ອະນຸມັດ", "Approved"),

	REJECTED("ປະຕິເສດ", "Rejected"),

	/** Approved, and the licence waits for the fee to be paid. */
	AWAITING_PAYMENT("ລໍຖ້າການຊຳລະຄ່າທຳນຽມ", "Awaiting payment of the fee"),

	/** Approved, but the fee was not paid in time: no licence is issued. */
	LAPSED("ໝົດກຳນົດ ຍ້ອນບໍ່ໄດ້ຊຳລະຄ່າທຳນຽມ", "Lapsed: the fee was not paid in time");

	private final LocalizedText label;

	CaseStatus(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

	public boolean isClosed() {
		return this == APPROVED || this == REJECTED || this == LAPSED;
	}

}

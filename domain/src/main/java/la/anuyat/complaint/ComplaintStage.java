package la.anuyat.complaint;

import la.anuyat.shared.LocalizedText;

/**
 * Where a complaint stands, in the words the complainant and the public read.
 */
public enum ComplaintStage {

	RECEIVED("ໄດ້ຮັບຄຳຮ້ອງທຸກແລ້ວ", "Received"),

	AWAITING_RESPONSE("ລໍຖ້າຄຳຕອບຈາກຜູ້ໃຫ້ບໍລິການ", "Awaiting the operator's response"),

	IN_ASSESSMENT("ກຳລັງພິຈາລະນາ", "Being assessed"),

	IN_MEDIATION("ກຳລັງໄກ່ເກ່ຍ", "In mediation"),

	IN_REVIEW("ລໍຖ້າການຕັດສິນ", "Awaiting decision"),

	UPHELD("ຄຳຮ້ອງທຸກມີມູນ", "Upheld"),

	NOT_UPHELD("ຄຳຮ້ອງທຸກບໍ່ມີມູນ", "Not upheld"),

	DISMISSED("ບໍ່ຮັບພິຈາລະນາ", "Not taken up"),

	CLOSED("ປິດແລ້ວ", "Closed");

	private final LocalizedText label;

	ComplaintStage(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

	/**
	 * Whether the complaint has been decided (or not taken up) and so counts as closed.
	 */
	public boolean isClosed() {
		return this == UPHELD || this == NOT_UPHELD || this == DISMISSED || this == CLOSED;
	}

	/**
	 * Whether a decision was taken on it (it may be rated and reopened in its window).
	 */
	public boolean isDecided() {
		return this == UPHELD || this == NOT_UPHELD;
	}

}

package la.anuyat.licence;

import la.anuyat.shared.LocalizedText;

/**
 * The public category of why a licence is no longer plainly valid: what the verification
 * page and the register may say. The grounds themselves (the officer's text, the holder's
 * response) stay in the case.
 */
public enum StatusReason {

	BREACH_OF_CONDITIONS("ລະເມີດເງື່ອນໄຂຂອງໃບອະນຸຍາດ", "Breach of the licence conditions"),

	FALSE_INFORMATION("ໃຫ້ຂໍ້ມູນບໍ່ຖືກຕ້ອງ", "False information given"),

	UNPAID_FEES("ບໍ່ໄດ້ຈ່າຍຄ່າທຳນຽມ", "Fees not paid"),

	OTHER_MEASURE("ມາດຕະການອື່ນຕາມກົດໝາຍ", "Another measure under the law"),

	HOLDER_REQUEST("ຕາມຄຳຮ້ອງຂອງຜູ້ຖືໃບອະນຸຍາດ", "At the holder's request"),

	END_OF_VALIDITY("ໝົດອາຍຸການນຳໃຊ້", "End of validity");

	private final LocalizedText label;

	StatusReason(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

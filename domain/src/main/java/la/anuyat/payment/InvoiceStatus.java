package la.anuyat.payment;

import la.anuyat.shared.LocalizedText;

/**
 * Where a fee invoice stands.
 */
public enum InvoiceStatus {

	ISSUED("ລໍຖ້າການຊຳລະ", "Issued, awaiting payment"),

	PAID("ຊຳລະແລ້ວ", "Paid"),

	LAPSED("ໝົດກຳນົດ", "Lapsed: not paid in time"),

	CANCELLED("ຍົກເລີກ", "Cancelled");

	private final LocalizedText label;

	InvoiceStatus(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

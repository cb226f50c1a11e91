package la.anuyat.payment;

import la.anuyat.shared.LocalizedText;

/**
 * How an invoice was paid.
 */
public enum PaidThrough {

	/** Confirmed by the e-payment provider's signed callback. */
	PROVIDER("ຊຳລະຜ່ານລະບົບຊຳລະເງິນເອເລັກໂຕຣນິກ", "Paid through the e-payment provider"),

	/** An officer recorded the bank's receipt. */
	RECEIPT("ບັນທຶກໃບຮັບເງິນໂດຍເຈົ້າໜ້າທີ່", "Receipt recorded by an officer");

	private final LocalizedText label;

	PaidThrough(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

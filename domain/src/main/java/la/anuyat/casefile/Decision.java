package la.anuyat.casefile;

import la.anuyat.shared.LocalizedText;

/**
 * The leadership's decision on a case.
 */
public enum Decision {

	APPROVE("ອະນຸມັດ", "Approve"),

	REJECT("ປະຕິເສດ", "Reject");

	private final LocalizedText label;

	Decision(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

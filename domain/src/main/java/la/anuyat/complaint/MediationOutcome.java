package la.anuyat.complaint;

import la.anuyat.shared.LocalizedText;

/**
 * How a mediation meeting ended.
 */
public enum MediationOutcome {

	AGREED("ຕົກລົງກັນໄດ້", "Agreement reached"),

	NO_AGREEMENT("ຕົກລົງກັນບໍ່ໄດ້", "No agreement");

	private final LocalizedText label;

	MediationOutcome(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

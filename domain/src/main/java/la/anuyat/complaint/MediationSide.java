package la.anuyat.complaint;

import la.anuyat.shared.LocalizedText;

/**
 * Whom a participant of a mediation meeting speaks for.
 */
public enum MediationSide {

	COMPLAINANT("ຜູ້ຮ້ອງທຸກ", "Complainant"),

	OPERATOR("ຜູ້ຕາງໜ້າຜູ້ໃຫ້ບໍລິການ", "Operator's representative"),

	OFFICER("ພະນັກງານ", "Officer");

	private final LocalizedText label;

	MediationSide(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

package la.anuyat.enforcement;

import la.anuyat.shared.LocalizedText;

/**
 * What started an enforcement case: an upheld complaint, an inspection's finding, an
 * officer on their own initiative, or a violation that persisted after an earlier case.
 */
public enum EnforcementOrigin {

	COMPLAINT(LocalizedText.of("ຄຳຮ້ອງທຸກ", "A complaint")),

	INSPECTION(LocalizedText.of("ການກວດກາ", "An inspection")),

	OFFICER(LocalizedText.of("ພະນັກງານ", "An officer")),

	REPEAT(LocalizedText.of("ການລະເມີດຊ້ຳ", "A repeated violation"));

	private final LocalizedText label;

	EnforcementOrigin(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

}

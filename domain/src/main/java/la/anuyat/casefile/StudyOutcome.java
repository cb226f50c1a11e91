package la.anuyat.casefile;

import la.anuyat.shared.LocalizedText;

/**
 * What the officer who studied a case recommends.
 */
public enum StudyOutcome {

	RECOMMEND_APPROVE("ສະເໜີອະນຸມັດ", "Recommend approval"),

	RECOMMEND_REJECT("ສະເໜີປະຕິເສດ", "Recommend rejection");

	private final LocalizedText label;

	StudyOutcome(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

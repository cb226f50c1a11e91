package la.anuyat.enforcement;

import la.anuyat.shared.LocalizedText;

/** Where a seized item stands: held, then released to its owner or destroyed. */
public enum SeizedItemStatus {

	HELD(LocalizedText.of("ຍຶດໄວ້", "Held")),

	RELEASED(LocalizedText.of("ສົ່ງຄືນແລ້ວ", "Released")),

	DESTROYED(LocalizedText.of("ທຳລາຍແລ້ວ", "Destroyed"));

	private final LocalizedText label;

	SeizedItemStatus(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

}

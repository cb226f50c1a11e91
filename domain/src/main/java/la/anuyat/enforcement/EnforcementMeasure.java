package la.anuyat.enforcement;

import la.anuyat.shared.LocalizedText;

/**
 * The measure an enforcement case proposes after its warning and written record. A
 * suspension or a revocation is carried out by the licence sanction process, a fine by
 * the payment block; a seizure keeps its items until they are released or destroyed.
 */
public enum EnforcementMeasure {

	NONE(LocalizedText.of("ບໍ່ມີມາດຕະການເພີ່ມ", "No further measure")),

	FINE(LocalizedText.of("ປັບໃໝ", "Fine")),

	SUSPEND(LocalizedText.of("ໂຈະໃບອະນຸຍາດ", "Suspension of the licence")),

	REVOKE(LocalizedText.of("ຖອນໃບອະນຸຍາດ", "Revocation of the licence")),

	SEIZURE(LocalizedText.of("ຍຶດອຸປະກອນ", "Seizure of equipment"));

	private final LocalizedText label;

	EnforcementMeasure(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

	/** Whether the measure acts on a licence (and so needs one). */
	public boolean onLicence() {
		return this == SUSPEND || this == REVOKE;
	}

}

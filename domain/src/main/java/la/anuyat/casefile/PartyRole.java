package la.anuyat.casefile;

import la.anuyat.shared.LocalizedText;

/**
 * The part a person or company plays in a case. A licence application has its applicant
 * (and, when it renews or amends a licence, the holder); a measure on a licence has the
 * holder; a complaint has the complainant and the operator it is against.
 */
public enum PartyRole {

	APPLICANT("ຜູ້ຍື່ນຄຳຮ້ອງ", "Applicant"),
	/** The company holding the licence the case is about. */
	HOLDER("ຜູ້ຖືໃບອະນຸຍາດ", "Licence holder"), COMPLAINANT("ຜູ້ຮ້ອງທຸກ", "Complainant"),
	/** The operator or company a complaint or an enforcement case is against. */
	RESPONDENT("ຜູ້ຖືກຮ້ອງທຸກ", "Respondent");

	private final LocalizedText label;

	PartyRole(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

}

package la.anuyat.licence;

import la.anuyat.shared.LocalizedText;

/**
 * What a measure case does to a licence, each with the case type that serves it in the
 * catalogue (family SANCTION, process licence-sanction).
 */
public enum Measure {

	SUSPEND("LIC-SUSPEND", "ໂຈະ", "suspend"),

	REVOKE("LIC-REVOKE", "ຖອນ", "revoke"),

	CANCEL("LIC-CANCEL", "ຍົກເລີກ", "cancel");

	private final String caseType;

	private final LocalizedText verb;

	Measure(String caseType, String lo, String en) {
		this.caseType = caseType;
		this.verb = LocalizedText.of(lo, en);
	}

	/** The catalogue's case type of this measure. */
	public String caseType() {
		return this.caseType;
	}

	/** The verb, e.g. ໂຈະ / suspend. */
	public LocalizedText verb() {
		return this.verb;
	}

}

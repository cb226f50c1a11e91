package la.anuyat.licence;

import java.util.Locale;

import la.anuyat.shared.LocalizedText;

/**
 * What an application asks for: a new licence, the renewal of a licence near or past the
 * end of its validity, or the amendment of a licence (holder details, address, scope).
 * The decision tables read it in lower case ({@link #decisionValue()}).
 */
public enum ApplicationKind {

	NEW("ຄຳຮ້ອງໃໝ່", "New licence"),

	RENEWAL("ການຕໍ່ອາຍຸ", "Renewal"),

	AMENDMENT("ການແກ້ໄຂ", "Amendment");

	private final LocalizedText label;

	ApplicationKind(String lo, String en) {
		this.label = LocalizedText.of(lo, en);
	}

	public LocalizedText label() {
		return this.label;
	}

	/**
	 * The kind as the decision tables name it: {@code new}, {@code renewal},
	 * {@code amendment}.
	 */
	public String decisionValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}

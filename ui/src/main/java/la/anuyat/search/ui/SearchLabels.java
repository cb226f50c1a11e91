package la.anuyat.search.ui;

import java.util.List;
import java.util.Map;

import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Authority;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.LicenceType;

/**
 * Codes as the user reads them, in the user's language: licence types, authorities,
 * provinces and case statuses. An unknown code is shown as it is.
 */
record SearchLabels(Map<String, LicenceType> types, Map<String, Authority> authorities) {

	SearchLabels {
		types = Map.copyOf(types);
		authorities = Map.copyOf(authorities);
	}

	List<String> typeCodes() {
		return this.types.keySet().stream().sorted().toList();
	}

	List<String> authorityCodes() {
		return this.authorities.keySet().stream().sorted().toList();
	}

	String type(String code) {
		LicenceType type = (code != null) ? this.types.get(code) : null;
		return (type != null) ? UserMessages.pick(type.getNameLo(), type.getNameEn()) : nullToEmpty(code);
	}

	String authority(String code) {
		Authority authority = (code != null) ? this.authorities.get(code) : null;
		return (authority != null) ? UserMessages.pick(authority.getNameLo(), authority.getNameEn())
				: nullToEmpty(code);
	}

	/**
	 * The province's own name (Vientiane Capital), not its department's.
	 */
	String province(String code) {
		Authority authority = (code != null) ? this.authorities.get(code) : null;
		if (authority == null) {
			return nullToEmpty(code);
		}
		if (authority.getProvinceNameLo() != null || authority.getProvinceNameEn() != null) {
			return UserMessages.pick(authority.getProvinceNameLo(), authority.getProvinceNameEn());
		}
		return UserMessages.pick(authority.getNameLo(), authority.getNameEn());
	}

	static String status(String name) {
		try {
			return UserMessages.in(CaseStatus.valueOf(name).label());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return nullToEmpty(name);
		}
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}

package la.anuyat.casefile.ui;

import java.util.function.Function;

import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Authority;
import la.anuyat.shared.DomainException;

/**
 * The name of a case's authority in the user's language; its code when the authority is
 * unknown, so that a page still shows something meaningful.
 */
public final class AuthorityNames {

	private AuthorityNames() {
	}

	public static String of(Function<String, Authority> authorities, String code) {
		if (code == null) {
			return "";
		}
		try {
			Authority authority = authorities.apply(code);
			return UserMessages.pick(authority.getNameLo(), authority.getNameEn());
		}
		catch (DomainException ex) {
			return code;
		}
	}

}

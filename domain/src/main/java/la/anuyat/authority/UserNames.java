package la.anuyat.authority;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.text.SpoofChecker;

/**
 * How user names compare. A name is kept and looked up in its normal form (Unicode NFKC,
 * then lower case), so that {@code Admin}, {@code ADMIN} and the full-width {@code ａｄｍｉｎ}
 * are one name. Two names that a reader could take for one another (Cyrillic {@code а}
 * for Latin {@code a}, {@code 1} or {@code I} for {@code l}, {@code 0} for {@code O})
 * have the same {@linkplain #lookAlikeKey look-alike key}: the ICU skeleton of Unicode's
 * confusables (UTS #39), folded to lower case.
 */
public final class UserNames {

	private static final SpoofChecker SPOOF_CHECKER = new SpoofChecker.Builder().build();

	private UserNames() {
	}

	/**
	 * The normal form of a user name as typed: NFKC, lower case, without surrounding
	 * blanks; {@code null} stays {@code null}.
	 */
	public static String normalise(String username) {
		if (username == null) {
			return null;
		}
		return Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/**
	 * Equal for names that look alike: the confusables skeleton of the normal form,
	 * folded to lower case again because the skeleton maps some lower-case letters to
	 * upper-case prototypes ({@code 0} becomes {@code O}).
	 */
	public static String lookAlikeKey(String username) {
		String normal = normalise(username);
		if (normal == null) {
			return null;
		}
		String skeleton = SPOOF_CHECKER.getSkeleton(normal);
		return Normalizer.normalize(skeleton, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

}

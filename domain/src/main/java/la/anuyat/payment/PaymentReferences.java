package la.anuyat.payment;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Payment references: twelve characters of Crockford's base32 (60 random bits) in three
 * groups, e.g. {@code 7KQ2-M9XD-3RTA}. Short enough to type at a bank counter, too many
 * to guess: a reference names the invoice to the provider, so it must not be derivable
 * from the invoice or case number. The alphabet has no I, L, O or U, and what a person
 * types is read back leniently (lower case, spaces, O for 0, I or L for 1).
 */
final class PaymentReferences {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder reference = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				reference.append('-');
			}
			reference.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return reference.toString();
	}

	/**
	 * The reference as stored, from what a person or a provider sent; null when it cannot
	 * be one.
	 */
	static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		StringBuilder chars = new StringBuilder();
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || Character.isWhitespace(c)) {
				continue;
			}
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (new String(ALPHABET).indexOf(read) < 0) {
				return null;
			}
			chars.append(read);
		}
		if (chars.length() != LENGTH) {
			return null;
		}
		return chars.substring(0, 4) + "-" + chars.substring(4, 8) + "-" + chars.substring(8);
	}

}

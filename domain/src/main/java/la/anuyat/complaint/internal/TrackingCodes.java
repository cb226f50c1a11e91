package la.anuyat.complaint.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Tracking codes: twelve characters drawn by a cryptographic random generator from 31
 * letters and digits that cannot be mistaken for each other on a phone screen (no 0/O,
 * 1/I/L), about 59 bits: nobody can guess another person's code, and it reads out over
 * the phone in three groups.
 */
@Component
public class TrackingCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	public String next() {
		StringBuilder code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/**
	 * The code as a person may type it (lower case, spaces, no dashes) in its stored
	 * form; null when it cannot be one.
	 */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
		if (bare.length() != LENGTH) {
			return null;
		}
		for (char c : bare.toCharArray()) {
			if (new String(ALPHABET).indexOf(c) < 0) {
				return null;
			}
		}
		return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
	}

}

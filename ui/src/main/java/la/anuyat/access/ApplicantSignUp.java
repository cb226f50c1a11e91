package la.anuyat.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import la.anuyat.notification.NotificationService;
import la.anuyat.party.PartyService;
import la.anuyat.party.PasswordPolicy;
import la.anuyat.party.SignUp;
import la.anuyat.party.SignUpResult;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new business signs up: its company and an applicant account that stays unusable until
 * the e-mail address is confirmed through the link mailed here (in the embedded default
 * the mail waits in the outbox, where an administrator can read it).
 */
@Service
public class ApplicantSignUp {

	private static final String PASSWORD_FIELD = "password";

	private final PartyService parties;

	private final NotificationService notifications;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final PublicAddress publicAddress;

	public ApplicantSignUp(PartyService parties, NotificationService notifications, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, PublicAddress publicAddress) {
		this.parties = parties;
		this.notifications = notifications;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.publicAddress = publicAddress;
	}

	/**
	 * Creates the company and the unconfirmed account and queues the confirmation mail,
	 * all or nothing.
	 * @param locale the language the applicant used; the mail gives it first, then the
	 * other
	 * @throws InvalidInputException with field errors (field names as in
	 * {@link SignUpForm}) when something is missing or wrong, for instance a taken user
	 * name or a password shorter than 8 characters
	 */
	@Transactional
	public SignUpResult signUp(SignUpForm form, Locale locale) {
		LocalizedText passwordProblem = passwordProblem(form.password(), form.username());
		String hash = (passwordProblem != null) ? null : this.passwordEncoder.encode(form.password());
		SignUpResult result;
		try {
			result = this.parties.signUp(new SignUp(form.username(), hash, form.email(), form.companyNameLo(),
					form.companyNameEn(), form.registrationNumber(), form.taxNumber(), form.provinceCode(),
					form.address(), form.contactName(), form.phone()));
		}
		catch (InvalidInputException ex) {
			throw (passwordProblem != null) ? withPasswordProblem(ex, passwordProblem) : ex;
		}
		this.parties.recordPreferredLanguage(result.username(), locale);
		this.notifications.queue(form.email(), subject(), body(form, result, locale));
		return result;
	}

	/**
	 * The password policy (length, common passwords, the user name) on the password as
	 * typed; {@code null} when it may be used.
	 */
	private LocalizedText passwordProblem(String password, String username) {
		return this.passwordPolicy.problem(password, username).orElse(null);
	}

	/**
	 * The party service saw no hash and said "enter a password"; say what is actually
	 * wrong with it.
	 */
	private static InvalidInputException withPasswordProblem(InvalidInputException ex, LocalizedText problem) {
		List<FieldError> errors = new ArrayList<>(
				ex.fieldErrors().stream().filter((error) -> !PASSWORD_FIELD.equals(error.field())).toList());
		errors.add(new FieldError(PASSWORD_FIELD, problem));
		return new InvalidInputException(ex.code(), ex.text(), errors);
	}

	private static String subject() {
		return "ຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານ · Confirm your e-mail address (Anuyat)";
	}

	private String body(SignUpForm form, SignUpResult result, Locale locale) {
		String link = this.publicAddress.link("/confirm-email?token=")
				+ URLEncoder.encode(result.confirmationToken(), StandardCharsets.UTF_8);
		String company = (form.companyNameLo() != null) ? form.companyNameLo().strip() : "";
		String companyEn = (form.companyNameEn() != null && !form.companyNameEn().isBlank())
				? form.companyNameEn().strip() : company;
		String lao = """
				ສະບາຍດີ,

				ບັນຊີຜູ້ໃຊ້ "%s" ຂອງ %s ໄດ້ຖືກສ້າງຂຶ້ນໃນລະບົບອະນຸຍາດ (Anuyat) ຂອງກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ.
				ກະລຸນາເປີດລິ້ງນີ້ເພື່ອຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານ, ຫຼັງຈາກນັ້ນທ່ານຈຶ່ງສາມາດເຂົ້າສູ່ລະບົບໄດ້:

				%s

				ຖ້າທ່ານບໍ່ໄດ້ລົງທະບຽນ, ກະລຸນາບໍ່ສົນໃຈອີເມວນີ້.
				""".formatted(result.username(), company, link);
		String english = """
				Hello,

				The user account "%s" of %s has been created in Anuyat, the licensing system of the
				Ministry of Technology and Communications. Please open this link to confirm your e-mail
				address; you can sign in once it is confirmed:

				%s

				If you did not sign up, please ignore this e-mail.
				""".formatted(result.username(), companyEn, link);
		boolean laoFirst = locale == null || "lo".equals(locale.getLanguage());
		return laoFirst ? lao + "\n----\n\n" + english : english + "\n----\n\n" + lao;
	}

}

package la.anuyat.party;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.UserNames;
import la.anuyat.party.internal.ApplicantAccountRepository;
import la.anuyat.party.internal.CompanyRepository;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.SafeText;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Businesses and their applicants' accounts.
 */
@Service
@Transactional
public class PartyService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,64}$");

	private final CompanyRepository companies;

	private final ApplicantAccountRepository accounts;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration confirmationValidFor;

	public PartyService(CompanyRepository companies, ApplicantAccountRepository accounts, AuthorityService authorities,
			AuditTrail audit, Clock clock,
			@Value("${anuyat.email-confirmation.valid-for:48h}") Duration confirmationValidFor) {
		this.companies = companies;
		this.accounts = accounts;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
		this.confirmationValidFor = confirmationValidFor;
	}

	/**
	 * Creates the company and an unconfirmed account; the caller mails the confirmation
	 * link.
	 */
	public SignUpResult signUp(SignUp cmd) {
		validate(cmd);
		Company company = this.companies.save(new Company(cmd.companyNameLo().strip(), blankToNull(cmd.companyNameEn()),
				blankToNull(cmd.registrationNumber()), blankToNull(cmd.taxNumber()), cmd.provinceCode(),
				blankToNull(cmd.address()), blankToNull(cmd.contactName()), cmd.email().strip(),
				blankToNull(cmd.phone()), LocalDateTime.now(this.clock)));
		String token = UUID.randomUUID().toString();
		String username = UserNames.normalise(cmd.username());
		ApplicantAccount account = this.accounts.save(new ApplicantAccount(username, UserNames.lookAlikeKey(username),
				cmd.passwordHash(), cmd.email().strip(), token, Instant.now(this.clock), company.getId()));
		this.audit.record(account.getUsername(), "party.signedUp", "company", String.valueOf(company.getId()),
				company.getNameLo() + " / " + company.getNameEn(), null);
		return new SignUpResult(company.getId(), account.getUsername(), token);
	}

	public void confirmEmail(String token) {
		ApplicantAccount account = (token == null) ? null : this.accounts.findByConfirmationToken(token).orElse(null);
		if (account == null) {
			throw new InvalidInputException("account.unknownToken",
					LocalizedText.of("ລິ້ງຢືນຢັນນີ້ບໍ່ຖືກຕ້ອງ ຫຼື ຖືກໃຊ້ແລ້ວ",
							"This confirmation link is not valid or was already used"));
		}
		account.confirmEmail(Instant.now(this.clock), this.confirmationValidFor);
		this.audit.record(account.getUsername(), "party.emailConfirmed", "account", account.getUsername(), null, null);
	}

	/**
	 * Remembers the language an applicant signed up in or last chose, for the mail they
	 * get. Staff and unknown names are ignored.
	 */
	public void recordPreferredLanguage(String username, Locale language) {
		if (username == null) {
			return;
		}
		this.accounts.findByUsername(username).ifPresent((account) -> {
			if (account.preferLanguage(language)) {
				this.audit.record(account.getUsername(), "party.languageChosen", "account", account.getUsername(),
						account.preferredLanguage().getLanguage(), null);
			}
		});
	}

	/**
	 *
	 * The account of this user name as typed at login: looked up in its normal form
	 * (NFKC, lower case), then as typed, for accounts named before names were normalised.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicantAccount> accountByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		Optional<ApplicantAccount> account = this.accounts.findByUsername(UserNames.normalise(username));
		return account.isPresent() ? account : this.accounts.findByUsername(username);
	}

	/**
	 * Gives the accounts that were signed up before look-alike keys were kept their key;
	 * run at start-up. Their names stay as they are.
	 * @return how many accounts were given a key
	 */
	public int fillInLookAlikeKeys() {
		List<ApplicantAccount> missing = this.accounts.findByUsernameSkeletonIsNull();
		missing.forEach((account) -> account.keepLookAlikeKey(UserNames.lookAlikeKey(account.getUsername())));
		return missing.size();
	}

	/**
	 * The confirmed account that speaks for the company (its first), if it has one: whom
	 * a case against the company, such as a complaint, is addressed to in the portal.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicantAccount> speakerFor(long companyId) {
		return this.accounts.findFirstByCompanyIdAndEmailConfirmedTrueOrderByIdAsc(companyId);
	}

	/** The company, if there is one of this id. */
	@Transactional(readOnly = true)
	public Optional<Company> findCompany(long id) {
		return this.companies.findById(id);
	}

	@Transactional(readOnly = true)
	public Company company(long id) {
		return this.companies.findById(id)
			.orElseThrow(() -> new NotFoundException("company.notFound",
					LocalizedText.of("ບໍ່ພົບບໍລິສັດ", "No such company")));
	}

	/**
	 * The account that speaks for the company (its first), whom notices about cases that
	 * concern it reach; none when nobody has signed up for it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> speakerOf(long companyId) {
		return speakerFor(companyId).map(ApplicantAccount::getUsername);
	}

	/**
	 * Records the company's new name or address from an approved amendment of its licence
	 * (the caller decided it); a detail not given stays.
	 */
	public Company amendCompany(Actor by, long companyId, String nameLo, String nameEn, String address) {
		Company company = company(companyId);
		String before = company.getNameLo() + " / " + company.getNameEn() + " / " + company.getAddress();
		company.amend(nameLo, nameEn, address);
		this.audit.record(by.username(), "company.amended", "company", String.valueOf(companyId),
				before + " -> " + company.getNameLo() + " / " + company.getNameEn() + " / " + company.getAddress(),
				null);
		return company;
	}

	/**
	 * Signs up and confirms at once; for demo data, where nobody reads the confirmation
	 * mail.
	 */
	public ApplicantAccount createConfirmedApplicant(SignUp cmd) {
		SignUpResult result = signUp(cmd);
		confirmEmail(result.confirmationToken());
		return this.accounts.findByUsername(result.username()).orElseThrow();
	}

	private void validate(SignUp cmd) {
		List<FieldError> errors = new ArrayList<>();
		usernameProblem(cmd.username()).ifPresent(errors::add);
		if (cmd.passwordHash() == null || cmd.passwordHash().isBlank()) {
			errors.add(new FieldError("password", LocalizedText.of("ກະລຸນາໃສ່ລະຫັດຜ່ານ", "Enter a password")));
		}
		if (cmd.email() == null || !EMAIL.matcher(cmd.email().strip()).matches()) {
			errors.add(new FieldError("email",
					LocalizedText.of("ທີ່ຢູ່ອີເມວບໍ່ຖືກຕ້ອງ", "This is not a valid e-mail address")));
		}
		if (cmd.companyNameLo() == null || cmd.companyNameLo().isBlank()) {
			errors.add(new FieldError("companyNameLo",
					LocalizedText.of("ກະລຸນາໃສ່ຊື່ບໍລິສັດເປັນພາສາລາວ", "Enter the company's name in Lao")));
		}
		errors.addAll(companyDetailErrors(cmd));
		boolean provinceKnown = cmd.provinceCode() != null && this.authorities.provinces()
			.stream()
			.anyMatch((province) -> province.getCode().equals(cmd.provinceCode()));
		if (!provinceKnown) {
			errors.add(new FieldError("provinceCode", LocalizedText.of("ກະລຸນາເລືອກແຂວງ", "Choose a province")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("party.signUpInvalid",
					LocalizedText.of("ຂໍ້ມູນການລົງທະບຽນບໍ່ຖືກຕ້ອງ", "Some of the sign-up data are not valid"), errors);
		}
	}

	/**
	 * The company's details that the sign-up page marks required (registration number,
	 * address, contact name, phone) must be given; every detail is safe text
	 * ({@link SafeText}) and fits its column. The login (user name, password) is checked
	 * apart.
	 */
	static List<FieldError> companyDetailErrors(SignUp cmd) {
		List<FieldError> errors = new ArrayList<>();
		companyDetail(errors, "companyNameLo", LocalizedText.of("ຊື່ບໍລິສັດ (ພາສາລາວ)", "Company name (Lao)"),
				cmd.companyNameLo(), false, 300);
		companyDetail(errors, "companyNameEn", LocalizedText.of("ຊື່ບໍລິສັດ (ພາສາອັງກິດ)", "Company name (English)"),
				cmd.companyNameEn(), false, 300);
		companyDetail(errors, "registrationNumber",
				LocalizedText.of("ເລກທະບຽນວິສາຫະກິດ", "Enterprise registration number"), cmd.registrationNumber(), true,
				100);
		companyDetail(errors, "taxNumber", LocalizedText.of("ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ", "Tax identification number"),
				cmd.taxNumber(), false, 100);
		companyDetail(errors, "address", LocalizedText.of("ທີ່ຢູ່", "Address"), cmd.address(), true, 1000);
		companyDetail(errors, "contactName",
				LocalizedText.of("ຊື່ ແລະ ນາມສະກຸນ ຜູ້ຕິດຕໍ່", "Name of the contact person"), cmd.contactName(), true,
				200);
		companyDetail(errors, "phone", LocalizedText.of("ເບີໂທລະສັບ", "Phone"), cmd.phone(), true, 50);
		return errors;
	}

	private static void companyDetail(List<FieldError> errors, String field, LocalizedText label, String value,
			boolean required, int maxLength) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, LocalizedText.of("ກະລຸນາໃສ່ " + label.lo(),
						"Enter the " + label.en().toLowerCase(Locale.ROOT))));
			}
			return;
		}
		Optional<LocalizedText> unsafe = SafeText.violation(label, value);
		if (unsafe.isPresent()) {
			errors.add(new FieldError(field, unsafe.get()));
		}
		else if (value.strip().codePointCount(0, value.strip().length()) > maxLength) {
			errors.add(new FieldError(field, LocalizedText.of(label.lo() + " ຕ້ອງບໍ່ເກີນ " + maxLength + " ຕົວອັກສອນ",
					label.en() + " must have at most " + maxLength + " characters")));
		}
	}

	/**
	 *
	 * A new user name must be free in its normal form and must not look like a name
	 * already in use by an applicant or a member of staff.
	 */
	private Optional<FieldError> usernameProblem(String typed) {
		String username = UserNames.normalise(typed);
		if (username == null || !USERNAME.matcher(username).matches()) {
			return Optional
				.of(new FieldError("username", LocalizedText.of("ຊື່ຜູ້ໃຊ້ຕ້ອງມີ 3 ຫາ 64 ຕົວອັກສອນ (a-z, 0-9, . _ -)",
						"The user name must have 3 to 64 characters (a-z, 0-9, . _ -)")));
		}
		String key = UserNames.lookAlikeKey(username);
		if (this.accounts.existsByUsername(username) || this.authorities.staffByUsername(username).isPresent()) {
			return Optional.of(new FieldError("username",
					LocalizedText.of("ຊື່ຜູ້ໃຊ້ນີ້ມີຄົນໃຊ້ແລ້ວ", "This user name is already taken")));
		}
		if (this.accounts.existsByUsernameSkeleton(key) || this.authorities.staffUsernames()
			.stream()
			.anyMatch((staffName) -> key.equals(UserNames.lookAlikeKey(staffName)))) {
			return Optional.of(new FieldError("username",
					LocalizedText.of("ຊື່ຜູ້ໃຊ້ນີ້ຄ້າຍກັບຊື່ທີ່ມີຄົນໃຊ້ແລ້ວເກີນໄປ, ກະລຸນາເລືອກຊື່ອື່ນ",
							"This user name looks too much like one already in use; choose another one")));
		}
		return Optional.empty();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

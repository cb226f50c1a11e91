package la.anuyat.party;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.authority.Actor;
import la.anuyat.authority.Role;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * The login of a person applying for a company. Usable only once the e-mail address is
 * confirmed.
 */
@Entity
@Table(name = "applicant_account")
public class ApplicantAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "username", nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "email", nullable = false)
	private String email;

	@Column(name = "email_confirmed", nullable = false)
	private boolean emailConfirmed;

	@Column(name = "confirmation_token")
	private String confirmationToken;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	/**
	 * The language tag ({@code lo} or {@code en}) the applicant last used: the one they
	 * signed up in, then whatever they last chose in the language switch. Mail to them is
	 * written in it; unknown (accounts from before it was kept) means Lao.
	 */
	@Column(name = "preferred_language")
	private String preferredLanguage;

	protected ApplicantAccount() {
	}

	ApplicantAccount(String username, String passwordHash, String email, String confirmationToken, Long companyId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.email = email;
		this.confirmationToken = confirmationToken;
		this.companyId = companyId;
	}

	/**
	 * Confirms the e-mail address; the token is spent so a leaked link cannot be
	 * replayed.
	 */
	public void confirmEmail() {
		if (this.emailConfirmed) {
			throw new ConflictException("account.alreadyConfirmed",
					LocalizedText.of("ອີເມວນີ້ຖືກຢືນຢັນແລ້ວ", "This e-mail address is already confirmed"));
		}
		this.emailConfirmed = true;
		this.confirmationToken = null;
	}

	/**
	 * @return whether the preference changed
	 */
	boolean preferLanguage(Locale language) {
		String tag = (language != null && "lo".equals(language.getLanguage())) ? "lo" : "en";
		if (tag.equals(this.preferredLanguage)) {
			return false;
		}
		this.preferredLanguage = tag;
		return true;
	}

	/**
	 * The language to write to this applicant in: the one they last used, Lao if unknown.
	 */
	public Locale preferredLanguage() {
		return Locale.forLanguageTag((this.preferredLanguage != null) ? this.preferredLanguage : "lo");
	}

	public Actor toActor() {
		return new Actor(this.username, Role.APPLICANT, null, this.companyId);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmed;
	}

	public String getConfirmationToken() {
		return this.confirmationToken;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

}

package la.anuyat.casefile;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * One party of a case in one role: a company (with the account that speaks for it, if
 * any), or a person without an account, such as a member of the public who complains,
 * with the contact details staff use to answer them. Contact details are for staff only:
 * nothing public shows them.
 */
@Embeddable
public class CaseParty {

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private PartyRole role;

	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "username")
	private String username;

	@Column(name = "name")
	private String name;

	@Column(name = "email")
	private String email;

	@Column(name = "phone")
	private String phone;

	protected CaseParty() {
	}

	private CaseParty(PartyRole role, Long companyId, String username, String name, String email, String phone) {
		this.role = Objects.requireNonNull(role, "role");
		this.companyId = companyId;
		this.username = username;
		this.name = name;
		this.email = email;
		this.phone = phone;
	}

	/**
	 * A company, and the account that speaks for it in this case (null when nobody of the
	 * company has an account, as for a measure staff open).
	 */
	public static CaseParty company(PartyRole role, Long companyId, String username) {
		return new CaseParty(role, companyId, username, null, null, null);
	}

	/**
	 * A person without an account: a name and a way to reach them (an e-mail address or a
	 * telephone number, at least one).
	 */
	public static CaseParty person(PartyRole role, String name, String email, String phone) {
		String contactEmail = blankToNull(email);
		String contactPhone = blankToNull(phone);
		if (contactEmail == null && contactPhone == null) {
			LocalizedText missing = LocalizedText.of("ກະລຸນາໃສ່ອີເມວ ຫຼື ເບີໂທລະສັບ",
					"Give an e-mail address or a telephone number");
			throw new InvalidInputException("party.contactMissing", missing, List.of(new FieldError("email", missing)));
		}
		return new CaseParty(role, null, null, RequiredText.require("name", name), contactEmail, contactPhone);
	}

	/**
	 * A person who does not give their name: allowed only where the category's rules say
	 * so (a complaint about scam calls, say). A way to reach them is optional.
	 */
	public static CaseParty anonymous(PartyRole role, String email, String phone) {
		return new CaseParty(role, null, null, ANONYMOUS, blankToNull(email), blankToNull(phone));
	}

	/** The name an anonymous party is recorded under. */
	public static final String ANONYMOUS = "—";

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public PartyRole getRole() {
		return this.role;
	}

	/** The company, or null for a person without an account. */
	public Long getCompanyId() {
		return this.companyId;
	}

	/** The account that speaks for the party in this case, or null. */
	public String getUsername() {
		return this.username;
	}

	/** A person's name, null for a company (its name is the company's). */
	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	/** Whether this party is this company or speaks through this account. */
	boolean isSameAs(CaseParty other) {
		return this.role == other.role && Objects.equals(this.companyId, other.companyId)
				&& Objects.equals(this.username, other.username) && Objects.equals(this.name, other.name);
	}

}

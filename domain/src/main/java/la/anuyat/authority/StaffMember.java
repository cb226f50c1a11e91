package la.anuyat.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.identity.Role;
import la.anuyat.identity.Actor;

/**
 * A member of staff of the ministry or of a provincial department.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "username", nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name_lo", nullable = false)
	private String fullNameLo;

	@Column(name = "full_name_en", nullable = false)
	private String fullNameEn;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Role role;

	@Column(name = "authority_code")
	private String authorityCode;

	@Column(name = "email")
	private String email;

	/** The section worked for; {@code null}: every section of the authority. */
	@Column(name = "section_code")
	private String sectionCode;

	/**
	 * The head of the department (or of the ministry): decisions reserved to the head are
	 * theirs, or an acting deputy's under a written delegation.
	 */
	@Column(name = "head", nullable = false)
	private boolean head;

	protected StaffMember() {
	}

	public StaffMember(String username, String passwordHash, Role role, String authorityCode, String fullNameLo,
			String fullNameEn, String email) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.authorityCode = authorityCode;
		this.fullNameLo = fullNameLo;
		this.fullNameEn = fullNameEn;
		this.email = email;
	}

	/**
	 * This staff member as the one who acts.
	 */
	public Actor toActor() {
		return new Actor(this.username, this.role, this.authorityCode, null, this.sectionCode);
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

	public String getFullNameLo() {
		return this.fullNameLo;
	}

	public String getFullNameEn() {
		return this.fullNameEn;
	}

	public Role getRole() {
		return this.role;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public String getEmail() {
		return this.email;
	}

	public String getSectionCode() {
		return this.sectionCode;
	}

	public boolean isHead() {
		return this.head;
	}

	void appointHead(boolean head) {
		this.head = head;
	}

	/**
	 * Moves the staff member to one section of their authority, or to all ({@code null}).
	 */
	void assignToSection(String sectionCode) {
		this.sectionCode = sectionCode;
	}

}

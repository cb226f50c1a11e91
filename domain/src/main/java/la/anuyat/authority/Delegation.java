package la.anuyat.authority;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A written delegation of the head's authority to a deputy who acts as head for a period.
 * The department's organisation decisions require it in writing, so the written order's
 * reference is kept and cited in the audit entry of everything the acting head does.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "delegator_username", nullable = false)
	private String delegatorUsername;

	@Column(name = "acting_username", nullable = false)
	private String actingUsername;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(name = "reference", nullable = false)
	private String reference;

	protected Delegation() {
	}

	public Delegation(String authorityCode, String delegatorUsername, String actingUsername, LocalDate validFrom,
			LocalDate validUntil, String reference) {
		this.authorityCode = authorityCode;
		this.delegatorUsername = delegatorUsername;
		this.actingUsername = actingUsername;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.reference = reference;
	}

	/**
	 * Whether the delegation is in force on the given day (both ends included).
	 */
	public boolean activeOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && !day.isAfter(this.validUntil);
	}

	public Long getId() {
		return this.id;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public String getDelegatorUsername() {
		return this.delegatorUsername;
	}

	public String getActingUsername() {
		return this.actingUsername;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public String getReference() {
		return this.reference;
	}

}

package la.anuyat.authority;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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

	/** The case families whose decisions it covers, comma-separated, or {@value #ALL}. */
	@Column(name = "decisions", nullable = false)
	private String decisions = ALL;

	@Column(name = "recorded_at")
	private LocalDateTime recordedAt;

	/** The day the head ended it early (it was no longer in force from that day). */
	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "ended_by")
	private String endedBy;

	/** Covers every decision reserved to the head. */
	public static final String ALL = "*";

	protected Delegation() {
	}

	public Delegation(String authorityCode, String delegatorUsername, String actingUsername, LocalDate validFrom,
			LocalDate validUntil, String reference, Collection<String> families, LocalDateTime recordedAt) {
		this(authorityCode, delegatorUsername, actingUsername, validFrom, validUntil, reference);
		this.decisions = (families == null || families.isEmpty() || families.contains(ALL)) ? ALL
				: families.stream().map(String::strip).sorted().distinct().collect(Collectors.joining(","));
		this.recordedAt = recordedAt;
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
		return !day.isBefore(this.validFrom) && !day.isAfter(this.validUntil)
				&& (this.endedOn == null || day.isBefore(this.endedOn));
	}

	/** Whether it covers the decisions of a case family, e.g. {@code LICENCE}. */
	public boolean covers(String family) {
		return ALL.equals(this.decisions) || families().contains(family);
	}

	/** The families covered, or {@value #ALL} alone. */
	public List<String> families() {
		return Arrays.stream(this.decisions.split(",")).map(String::strip).filter((f) -> !f.isEmpty()).toList();
	}

	/**
	 * Ends the delegation from the given day on: the head is back before its last day.
	 */
	void end(LocalDate from, String by) {
		this.endedOn = from.isBefore(this.validFrom) ? this.validFrom : from;
		this.endedBy = by;
	}

	public LocalDateTime getRecordedAt() {
		return this.recordedAt;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public String getEndedBy() {
		return this.endedBy;
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

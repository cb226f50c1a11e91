package la.anuyat.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail: who did what to which subject, when, and under which
 * written delegation. Append-only: there are no setters, and each entry carries the
 * SHA-256 of its own content chained to the previous entry's hash, so that a changed or
 * removed entry breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "at", nullable = false)
	private Instant at;

	@Column(name = "actor", nullable = false)
	private String actor;

	@Column(name = "action", nullable = false)
	private String action;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private String subjectId;

	@Column(name = "detail")
	private String detail;

	@Column(name = "delegation_ref")
	private String delegationRef;

	@Column(name = "previous_hash")
	private String previousHash;

	@Column(name = "hash", nullable = false)
	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String detail,
			String delegationRef, String previousHash) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.detail = detail;
		this.delegationRef = delegationRef;
		this.previousHash = previousHash;
		this.hash = AuditChain.hashOf(this);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectId() {
		return this.subjectId;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getDelegationRef() {
		return this.delegationRef;
	}

	public String getPreviousHash() {
		return this.previousHash;
	}

	public String getHash() {
		return this.hash;
	}

}

package la.anuyat.inspection;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One inspection moved, added or dropped in a revision, with its reason. */
@Entity
@Table(name = "inspection_plan_revision_change")
public class PlanRevisionChange {

	public enum Kind {

		MOVED, ADDED, DROPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "revision_id", nullable = false)
	private long revisionId;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private Kind kind;

	@Column(name = "detail", nullable = false)
	private String detail;

	@Column(name = "reason", nullable = false)
	private String reason;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private LocalDateTime changedAt;

	protected PlanRevisionChange() {
	}

	PlanRevisionChange(long revisionId, long entryId, Kind kind, String detail, String reason, String changedBy,
			LocalDateTime changedAt) {
		this.revisionId = revisionId;
		this.entryId = entryId;
		this.kind = kind;
		this.detail = detail;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public long getRevisionId() {
		return this.revisionId;
	}

	public long getEntryId() {
		return this.entryId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getReason() {
		return this.reason;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public LocalDateTime getChangedAt() {
		return this.changedAt;
	}

}

package la.anuyat.inspection;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One revision of an approved inspection plan: who reopened it, why and when, and who
 * approved it again. Its changes are {@link PlanRevisionChange}s.
 */
@Entity
@Table(name = "inspection_plan_revision")
public class PlanRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "revision_number", nullable = false)
	private int number;

	@Column(name = "reason", nullable = false)
	private String reason;

	@Column(name = "reopened_by", nullable = false)
	private String reopenedBy;

	@Column(name = "reopened_at", nullable = false)
	private LocalDateTime reopenedAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private LocalDateTime approvedAt;

	protected PlanRevision() {
	}

	PlanRevision(long planId, int number, String reason, String reopenedBy, LocalDateTime reopenedAt) {
		this.planId = planId;
		this.number = number;
		this.reason = reason;
		this.reopenedBy = reopenedBy;
		this.reopenedAt = reopenedAt;
	}

	void approved(String by, LocalDateTime at) {
		this.approvedBy = by;
		this.approvedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public long getPlanId() {
		return this.planId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getReason() {
		return this.reason;
	}

	public String getReopenedBy() {
		return this.reopenedBy;
	}

	public LocalDateTime getReopenedAt() {
		return this.reopenedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public LocalDateTime getApprovedAt() {
		return this.approvedAt;
	}

}

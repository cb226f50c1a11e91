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
import jakarta.persistence.Version;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * An authority's annual inspection plan: a draft that leadership adjusts, then approves.
 * Its inspections are {@link PlanEntry entries}.
 */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private PlanStatus status;

	@Column(name = "generated_by", nullable = false)
	private String generatedBy;

	@Column(name = "generated_at", nullable = false)
	private LocalDateTime generatedAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private LocalDateTime approvedAt;

	/** How many times the plan was reopened for revision. */
	@Column(name = "revision", nullable = false)
	private int revision;

	protected InspectionPlan() {
	}

	InspectionPlan(String authorityCode, int year, String generatedBy, LocalDateTime generatedAt) {
		this.authorityCode = authorityCode;
		this.year = year;
		this.status = PlanStatus.DRAFT;
		this.generatedBy = generatedBy;
		this.generatedAt = generatedAt;
	}

	/** Generated again from the register, while still a draft. */
	void regenerated(String by, LocalDateTime at) {
		// a plan under revision keeps what was done: it is adjusted, never generated
		// again
		if (this.status != PlanStatus.DRAFT) {
			throw approved();
		}
		this.generatedBy = by;
		this.generatedAt = at;
	}

	void approve(String by, LocalDateTime at) {
		requireDraft();
		this.status = PlanStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	/**
	 * Reopens the approved plan as its next revision.
	 * @return the revision's number
	 */
	int reopen() {
		if (this.status != PlanStatus.APPROVED) {
			throw new ConflictException("inspectionPlan.notApproved",
					LocalizedText.of(
							"ແຜນການກວດກາ " + this.authorityCode + " " + this.year
									+ " ຍັງບໍ່ໄດ້ອະນຸມັດ: ບໍ່ມີຫຍັງໃຫ້ທົບທວນ",
							"The inspection plan of " + this.authorityCode + " for " + this.year
									+ " is not approved: there is nothing to revise"));
		}
		this.status = PlanStatus.REVISING;
		this.revision++;
		return this.revision;
	}

	/**
	 * Adjustments (months, additions, drops) are made before approval, or while an
	 * approved plan is reopened for revision.
	 */
	void requireDraft() {
		if (this.status == PlanStatus.APPROVED) {
			throw approved();
		}
	}

	private ConflictException approved() {
		return new ConflictException("inspectionPlan.approved",
				LocalizedText.of("ແຜນການກວດກາ " + this.authorityCode + " " + this.year + " ໄດ້ຮັບການອະນຸມັດແລ້ວ",
						"The inspection plan of " + this.authorityCode + " for " + this.year + " is already approved"));
	}

	public boolean isRevising() {
		return this.status == PlanStatus.REVISING;
	}

	public int getRevision() {
		return this.revision;
	}

	public boolean isApproved() {
		return this.status == PlanStatus.APPROVED;
	}

	public Long getId() {
		return this.id;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public int getYear() {
		return this.year;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public String getGeneratedBy() {
		return this.generatedBy;
	}

	public LocalDateTime getGeneratedAt() {
		return this.generatedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public LocalDateTime getApprovedAt() {
		return this.approvedAt;
	}

}

package la.anuyat.inspection;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.identity.Actor;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * One inspection: of a licence holder's business or of a station's frequency use, in a
 * planned month of an authority's year; part of the annual plan, or ad hoc.
 */
@Entity
@Table(name = "inspection_plan_entry")
public class PlanEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", nullable = false)
	private EntryOrigin origin;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false)
	private SubjectKind subjectKind;

	@Column(name = "subject_ref", nullable = false)
	private String subjectRef;

	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "subject_name_lo", nullable = false)
	private String subjectNameLo;

	@Column(name = "subject_name_en")
	private String subjectNameEn;

	@Column(name = "licence_type_code", nullable = false)
	private String licenceTypeCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "inspection_type", nullable = false)
	private InspectionType inspectionType;

	@Column(name = "risk_score", nullable = false)
	private int riskScore;

	@Column(name = "planned_month", nullable = false)
	private int plannedMonth;

	@Column(name = "scheduled_on")
	private LocalDate scheduledOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private EntryStatus status;

	@Column(name = "joint", nullable = false)
	private boolean joint;

	@Column(name = "note")
	private String note;

	@Column(name = "source_ref")
	private String sourceRef;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "dropped_by")
	private String droppedBy;

	@Column(name = "drop_reason")
	private String dropReason;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "field_report_id")
	private Long fieldReportId;

	@Column(name = "latitude")
	private Double latitude;

	@Column(name = "longitude")
	private Double longitude;

	protected PlanEntry() {
	}

	PlanEntry(Long planId, String authorityCode, int year, EntryOrigin origin, PlanCandidate subject,
			InspectionType type, int riskScore, int month, boolean joint, String createdBy) {
		this.planId = planId;
		this.authorityCode = authorityCode;
		this.year = year;
		this.origin = origin;
		this.subjectKind = subject.kind();
		this.subjectRef = subject.subjectRef();
		this.companyId = subject.companyId();
		this.subjectNameLo = subject.nameLo();
		this.subjectNameEn = subject.nameEn();
		this.licenceTypeCode = subject.licenceType();
		this.inspectionType = type;
		this.riskScore = riskScore;
		this.plannedMonth = requireMonth(month);
		this.status = EntryStatus.PLANNED;
		this.joint = joint;
		this.createdBy = createdBy;
		this.latitude = subject.latitude();
		this.longitude = subject.longitude();
	}

	/**
	 * An ad hoc inspection on a given day, with why it is done and what it comes from.
	 */
	void adHoc(LocalDate on, String why, String source) {
		this.scheduledOn = on;
		this.note = why;
		this.sourceRef = source;
	}

	void moveTo(int month) {
		requirePlanned();
		this.plannedMonth = requireMonth(month);
		if (this.scheduledOn != null && this.scheduledOn.getMonthValue() != month) {
			this.scheduledOn = null;
		}
	}

	void drop(String by, String reason) {
		requirePlanned();
		this.status = EntryStatus.DROPPED;
		this.droppedBy = by;
		this.dropReason = reason;
	}

	void schedule(LocalDate on) {
		requirePlanned();
		if (on != null && on.getYear() != this.year) {
			throw new InvalidInputException("inspection.dateOutsideYear", LocalizedText
				.of("ວັນທີກວດກາຕ້ອງຢູ່ໃນປີ " + this.year, "The inspection date must fall in " + this.year));
		}
		this.scheduledOn = on;
		if (on != null) {
			this.plannedMonth = on.getMonthValue();
		}
	}

	/** A field report on the same subject and of the same type was filed. */
	void done(long reportId, LocalDate on, Double latitude, Double longitude) {
		requirePlanned();
		this.status = EntryStatus.DONE;
		this.fieldReportId = reportId;
		this.doneOn = on;
		if (latitude != null && longitude != null) {
			this.latitude = latitude;
			this.longitude = longitude;
		}
	}

	/**
	 * The day the inspection is due: its scheduled day, or the first of its planned
	 * month.
	 */
	public LocalDate dueOn() {
		return (this.scheduledOn != null) ? this.scheduledOn : LocalDate.of(this.year, this.plannedMonth, 1);
	}

	/** Still to do after its month has ended. */
	public boolean isOverdue(LocalDate today) {
		return this.status == EntryStatus.PLANNED
				&& LocalDate.of(this.year, this.plannedMonth, 1).plusMonths(1).isBefore(today.plusDays(1));
	}

	/**
	 * Who decides on the findings: the ministry for a joint frequency-use inspection
	 * (frequency licences are the ministry's), otherwise the inspecting authority.
	 */
	public String decidingAuthority() {
		return this.joint ? Actor.MINISTRY_CODE : this.authorityCode;
	}

	private void requirePlanned() {
		if (this.status != EntryStatus.PLANNED) {
			throw new ConflictException("inspection.notPlanned",
					LocalizedText.of("ການກວດກາ " + this.id + " ບໍ່ໄດ້ຢູ່ໃນແຜນແລ້ວ (" + this.status + ")",
							"Inspection " + this.id + " is no longer planned (" + this.status + ")"));
		}
	}

	private static int requireMonth(int month) {
		if (month < 1 || month > 12) {
			throw new InvalidInputException("inspection.month",
					LocalizedText.of("ເດືອນຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 12", "The month must be between 1 and 12"));
		}
		return month;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public int getYear() {
		return this.year;
	}

	public EntryOrigin getOrigin() {
		return this.origin;
	}

	public SubjectKind getSubjectKind() {
		return this.subjectKind;
	}

	public String getSubjectRef() {
		return this.subjectRef;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getSubjectNameLo() {
		return this.subjectNameLo;
	}

	public String getSubjectNameEn() {
		return this.subjectNameEn;
	}

	public String getLicenceTypeCode() {
		return this.licenceTypeCode;
	}

	public InspectionType getInspectionType() {
		return this.inspectionType;
	}

	public int getRiskScore() {
		return this.riskScore;
	}

	public int getPlannedMonth() {
		return this.plannedMonth;
	}

	public LocalDate getScheduledOn() {
		return this.scheduledOn;
	}

	public EntryStatus getStatus() {
		return this.status;
	}

	public boolean isJoint() {
		return this.joint;
	}

	public String getNote() {
		return this.note;
	}

	public String getSourceRef() {
		return this.sourceRef;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getDroppedBy() {
		return this.droppedBy;
	}

	public String getDropReason() {
		return this.dropReason;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public Long getFieldReportId() {
		return this.fieldReportId;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

}

package la.anuyat.usage;

import java.time.LocalDate;
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
 * The usage report a licence's holder owes for one period: due from the period's end,
 * overdue after its due date (still accepted, late), submitted once with its figures.
 */
@Entity
@Table(name = "usage_report")
public class UsageReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "licence_number", nullable = false)
	private String licenceNumber;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private UsageReportStatus status;

	@Column(name = "overdue_since")
	private LocalDateTime overdueSince;

	@Column(name = "calls_received")
	private Long callsReceived;

	@Column(name = "purpose_unchanged")
	private Boolean purposeUnchanged;

	@Column(name = "remarks")
	private String remarks;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private LocalDateTime submittedAt;

	/** Two submissions of one report at once: the second is refused. */
	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected UsageReport() {
	}

	public UsageReport(String licenceNumber, ReportingPeriod period, LocalDate dueDate) {
		if (dueDate.isBefore(period.end())) {
			throw new IllegalArgumentException("A report is due on or after its period's end");
		}
		this.licenceNumber = licenceNumber;
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.dueDate = dueDate;
		this.status = UsageReportStatus.DUE;
	}

	/**
	 * The holder's figures for the period, on time or late; once only.
	 */
	public void submit(UsageFigures figures, String username, LocalDateTime at) {
		requireNotSubmitted();
		this.callsReceived = figures.callsReceived();
		this.purposeUnchanged = figures.purposeUnchanged();
		this.remarks = figures.remarks();
		this.submittedBy = username;
		this.submittedAt = at;
		this.status = UsageReportStatus.SUBMITTED;
	}

	/**
	 * Refuses anything more once the report is submitted.
	 * @throws ConflictException {@code usageReport.alreadySubmitted}
	 */
	public void requireNotSubmitted() {
		if (this.status == UsageReportStatus.SUBMITTED) {
			throw new ConflictException("usageReport.alreadySubmitted", LocalizedText.of(
					"ລາຍງານການນຳໃຊ້ໄລຍະ " + this.periodStart + " – " + this.periodEnd + " ຖືກສົ່ງແລ້ວ",
					"The usage report for " + this.periodStart + " – " + this.periodEnd + " was already submitted"));
		}
	}

	/**
	 * The due date has passed without the report: it turns overdue.
	 * @return whether it turned overdue now (not when submitted, already overdue, or
	 * still within its due date)
	 */
	public boolean markOverdue(LocalDateTime now) {
		if (this.status != UsageReportStatus.DUE || !now.toLocalDate().isAfter(this.dueDate)) {
			return false;
		}
		this.status = UsageReportStatus.OVERDUE;
		this.overdueSince = now;
		return true;
	}

	public ReportingPeriod period() {
		return new ReportingPeriod(this.periodStart, this.periodEnd);
	}

	/** Whether the holder submitted after the due date. */
	public boolean isLate() {
		return this.overdueSince != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public UsageReportStatus getStatus() {
		return this.status;
	}

	public LocalDateTime getOverdueSince() {
		return this.overdueSince;
	}

	public Long getCallsReceived() {
		return this.callsReceived;
	}

	public Boolean getPurposeUnchanged() {
		return this.purposeUnchanged;
	}

	public String getRemarks() {
		return this.remarks;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public LocalDateTime getSubmittedAt() {
		return this.submittedAt;
	}

}

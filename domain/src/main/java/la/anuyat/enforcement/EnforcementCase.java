package la.anuyat.enforcement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * What an enforcement case knows beyond its case file: where it came from, the violation,
 * the warning given, the written record, the measure proposed (with the ladder's
 * suggestion beside it), what carried the measure out (the fine's invoice, the licence
 * sanction case), the items seized and the follow-up's result. The steps happen in the
 * order of the enforcement process; each may be recorded once.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_number", nullable = false)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", nullable = false)
	private EnforcementOrigin origin;

	@Column(name = "origin_reference")
	private String originReference;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(name = "licence_number")
	private String licenceNumber;

	@Column(name = "violation", nullable = false)
	private String violation;

	@Column(name = "opened_by", nullable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false)
	private LocalDateTime openedAt;

	@Column(name = "warning_text")
	private String warningText;

	@Column(name = "warned_by")
	private String warnedBy;

	@Column(name = "warned_at")
	private LocalDateTime warnedAt;

	@Column(name = "record_findings")
	private String recordFindings;

	@Column(name = "record_place")
	private String recordPlace;

	@Column(name = "record_present")
	private String recordPresent;

	@Column(name = "record_representative")
	private String recordRepresentative;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private LocalDateTime recordedAt;

	@Column(name = "prior_violations")
	private Integer priorViolations;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggested_measure")
	private EnforcementMeasure suggestedMeasure;

	@Column(name = "suggested_fine_kip")
	private Long suggestedFineKip;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure")
	private EnforcementMeasure measure;

	@Column(name = "fine_kip")
	private Long fineKip;

	@Column(name = "suspend_until")
	private LocalDate suspendUntil;

	@Column(name = "measure_grounds")
	private String measureGrounds;

	@Column(name = "proposed_by")
	private String proposedBy;

	@Column(name = "proposed_at")
	private LocalDateTime proposedAt;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	@Column(name = "sanction_case_number")
	private String sanctionCaseNumber;

	@Column(name = "follow_up")
	private String followUp;

	// few per case, and read with it whenever the case is shown
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("id ASC")
	private List<SeizedItem> seizedItems = new ArrayList<>();

	protected EnforcementCase() {
	}

	EnforcementCase(CaseId caseId, String caseNumber, EnforcementOrigin origin, String originReference, long companyId,
			String licenceNumber, String violation, String openedBy, LocalDateTime openedAt) {
		this.caseId = caseId.value();
		this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
		this.origin = Objects.requireNonNull(origin, "origin");
		this.originReference = originReference;
		this.companyId = companyId;
		this.licenceNumber = licenceNumber;
		this.violation = Objects.requireNonNull(violation, "violation");
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void warn(String text, String by, LocalDateTime at) {
		once(this.warnedAt == null, "enforcement.alreadyWarned",
				LocalizedText.of("ໄດ້ອອກໜັງສືເຕືອນແລ້ວ", "The warning was already issued"));
		this.warningText = text;
		this.warnedBy = by;
		this.warnedAt = at;
	}

	void record(WrittenRecord record, String by, LocalDateTime at) {
		once(this.recordedAt == null, "enforcement.alreadyRecorded",
				LocalizedText.of("ໄດ້ບັນທຶກການລະເມີດແລ້ວ", "The written record was already made"));
		this.recordFindings = record.findings();
		this.recordPlace = record.place();
		this.recordPresent = record.present();
		this.recordRepresentative = record.representative();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	void suggest(int priorViolations, EnforcementMeasure measure, Long fineKip) {
		this.priorViolations = priorViolations;
		this.suggestedMeasure = measure;
		this.suggestedFineKip = fineKip;
	}

	void propose(MeasureProposal proposal, String by, LocalDateTime at) {
		once(this.proposedAt == null, "enforcement.alreadyProposed",
				LocalizedText.of("ໄດ້ສະເໜີມາດຕະການແລ້ວ", "The measure was already proposed"));
		this.measure = proposal.measure();
		this.fineKip = (proposal.measure() == EnforcementMeasure.FINE) ? proposal.fineKip() : null;
		this.suspendUntil = (proposal.measure() == EnforcementMeasure.SUSPEND) ? proposal.suspendUntil() : null;
		this.measureGrounds = proposal.grounds();
		this.proposedBy = by;
		this.proposedAt = at;
		if (proposal.measure() == EnforcementMeasure.SEIZURE) {
			for (SeizureEntry entry : proposal.items()) {
				this.seizedItems.add(new SeizedItem(entry, at));
			}
		}
	}

	void invoiced(String invoiceNumber) {
		this.invoiceNumber = invoiceNumber;
	}

	void sanctionStarted(String sanctionCaseNumber) {
		this.sanctionCaseNumber = sanctionCaseNumber;
	}

	void followedUp(String result) {
		this.followUp = result;
	}

	/** Whether every seized item has been released or destroyed. */
	public boolean seizureSettled() {
		return this.seizedItems.stream().noneMatch((item) -> item.getStatus() == SeizedItemStatus.HELD);
	}

	private static void once(boolean allowed, String code, LocalizedText text) {
		if (!allowed) {
			throw new ConflictException(code, text);
		}
	}

	public CaseId getCaseId() {
		return new CaseId(this.caseId);
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public EnforcementOrigin getOrigin() {
		return this.origin;
	}

	public String getOriginReference() {
		return this.originReference;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public String getViolation() {
		return this.violation;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public LocalDateTime getOpenedAt() {
		return this.openedAt;
	}

	public String getWarningText() {
		return this.warningText;
	}

	public String getWarnedBy() {
		return this.warnedBy;
	}

	public LocalDateTime getWarnedAt() {
		return this.warnedAt;
	}

	public boolean isWarned() {
		return this.warnedAt != null;
	}

	public String getRecordFindings() {
		return this.recordFindings;
	}

	public String getRecordPlace() {
		return this.recordPlace;
	}

	public String getRecordPresent() {
		return this.recordPresent;
	}

	public String getRecordRepresentative() {
		return this.recordRepresentative;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public LocalDateTime getRecordedAt() {
		return this.recordedAt;
	}

	public boolean isRecorded() {
		return this.recordedAt != null;
	}

	public Integer getPriorViolations() {
		return this.priorViolations;
	}

	public EnforcementMeasure getSuggestedMeasure() {
		return this.suggestedMeasure;
	}

	public Long getSuggestedFineKip() {
		return this.suggestedFineKip;
	}

	public EnforcementMeasure getMeasure() {
		return this.measure;
	}

	public boolean isProposed() {
		return this.proposedAt != null;
	}

	public Long getFineKip() {
		return this.fineKip;
	}

	public LocalDate getSuspendUntil() {
		return this.suspendUntil;
	}

	public String getMeasureGrounds() {
		return this.measureGrounds;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	public LocalDateTime getProposedAt() {
		return this.proposedAt;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public String getSanctionCaseNumber() {
		return this.sanctionCaseNumber;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public List<SeizedItem> getSeizedItems() {
		return List.copyOf(this.seizedItems);
	}

}

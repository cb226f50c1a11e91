package la.anuyat.licence;

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
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * A measure on a licence (suspension, revocation, or cancellation at the holder's
 * request): the family aggregate of a SANCTION case. The case file holds the number, the
 * parties, the history and the review; this holds what is proposed for which licence, the
 * holder's response and the outcome.
 */
@Entity
@Table(name = "licence_measure")
public class LicenceMeasure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, unique = true)
	private Long caseId;

	@Column(name = "case_number", nullable = false)
	private String caseNumber;

	@Column(name = "licence_number", nullable = false)
	private String licenceNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure", nullable = false)
	private Measure measure;

	@Column(name = "suspend_until")
	private LocalDate suspendUntil;

	@Enumerated(EnumType.STRING)
	@Column(name = "reason_category", nullable = false)
	private StatusReason reasonCategory;

	@Column(name = "grounds_lo", nullable = false)
	private String groundsLo;

	@Column(name = "grounds_en")
	private String groundsEn;

	@Column(name = "urgent", nullable = false)
	private boolean urgent;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private LocalDateTime requestedAt;

	@Column(name = "respond_by")
	private LocalDate respondBy;

	@Column(name = "response")
	private String response;

	@Column(name = "responded_by")
	private String respondedBy;

	@Column(name = "responded_at")
	private LocalDateTime respondedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome", nullable = false)
	private MeasureOutcome outcome;

	@Column(name = "decided_by")
	private String decidedBy;

	protected LicenceMeasure() {
	}

	LicenceMeasure(long caseId, String caseNumber, String licenceNumber, Measure measure, LocalDate suspendUntil,
			StatusReason reasonCategory, String groundsLo, String groundsEn, boolean urgent, String requestedBy,
			LocalDateTime requestedAt) {
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.licenceNumber = licenceNumber;
		this.measure = measure;
		this.suspendUntil = suspendUntil;
		this.reasonCategory = reasonCategory;
		this.groundsLo = groundsLo;
		this.groundsEn = groundsEn;
		this.urgent = urgent;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.outcome = MeasureOutcome.PENDING;
	}

	/** The holder has until the given day (included) to respond. */
	void openResponsePeriod(LocalDate until) {
		requirePending();
		this.respondBy = until;
	}

	/**
	 * Whether the holder may still respond on the given day: the period is open and they
	 * have not responded yet.
	 */
	public boolean awaitsResponse(LocalDate today) {
		return this.outcome == MeasureOutcome.PENDING && this.respondBy != null && this.response == null
				&& !today.isAfter(this.respondBy);
	}

	void recordResponse(String text, String by, LocalDateTime at) {
		if (!awaitsResponse(at.toLocalDate())) {
			throw new ConflictException("measure.noResponseExpected",
					LocalizedText.of("ບໍ່ສາມາດຕອບມາດຕະການ " + this.caseNumber + " ໄດ້ອີກ",
							"Measure " + this.caseNumber + " does not await a response (any more)"));
		}
		this.response = text;
		this.respondedBy = by;
		this.respondedAt = at;
	}

	void applied(String decider) {
		requirePending();
		this.outcome = MeasureOutcome.APPLIED;
		this.decidedBy = decider;
	}

	void dropped(String decider) {
		requirePending();
		this.outcome = MeasureOutcome.DROPPED;
		this.decidedBy = decider;
	}

	private void requirePending() {
		if (this.outcome != MeasureOutcome.PENDING) {
			throw new ConflictException("measure.closed",
					LocalizedText.of("ມາດຕະການ " + this.caseNumber + " ສິ້ນສຸດແລ້ວ",
							"Measure " + this.caseNumber + " is closed (" + this.outcome + ")"));
		}
	}

	/** The grounds in Lao and English (either language stands in for a missing one). */
	public LocalizedText grounds() {
		return LocalizedText.of(this.groundsLo, (this.groundsEn != null) ? this.groundsEn : this.groundsLo);
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public LocalDate getSuspendUntil() {
		return this.suspendUntil;
	}

	public StatusReason getReasonCategory() {
		return this.reasonCategory;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public LocalDateTime getRequestedAt() {
		return this.requestedAt;
	}

	public LocalDate getRespondBy() {
		return this.respondBy;
	}

	public String getResponse() {
		return this.response;
	}

	public String getRespondedBy() {
		return this.respondedBy;
	}

	public LocalDateTime getRespondedAt() {
		return this.respondedAt;
	}

	public MeasureOutcome getOutcome() {
		return this.outcome;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

}

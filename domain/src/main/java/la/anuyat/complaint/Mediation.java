package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * A mediation meeting of a complaint: scheduled (when, where, who is invited), then
 * recorded (who came, the minutes, agreed or not and what) with its signed record kept on
 * the case. A complaint reopened and mediated again has another one.
 */
@Entity
@Table(name = "complaint_mediation")
public class Mediation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "meeting_at", nullable = false)
	private LocalDateTime meetingAt;

	@Column(name = "place", nullable = false)
	private String place;

	@Column(name = "scheduled_by", nullable = false)
	private String scheduledBy;

	@Column(name = "scheduled_at", nullable = false)
	private LocalDateTime scheduledAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "complaint_mediation_participant", joinColumns = @JoinColumn(name = "mediation_id"))
	@OrderColumn(name = "position")
	private List<MediationParticipant> participants = new ArrayList<>();

	@Column(name = "minutes")
	private String minutes;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome")
	private MediationOutcome outcome;

	@Column(name = "agreement")
	private String agreement;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private LocalDateTime recordedAt;

	@Column(name = "record_document_id")
	private Long recordDocumentId;

	protected Mediation() {
	}

	Mediation(long caseId, LocalDateTime meetingAt, String place, List<MediationParticipant> participants,
			String scheduledBy, LocalDateTime at) {
		this.caseId = caseId;
		this.meetingAt = meetingAt;
		this.place = place;
		this.participants.addAll(participants);
		this.scheduledBy = scheduledBy;
		this.scheduledAt = at;
	}

	/** The meeting took place: who of the invited came, the minutes and the outcome. */
	void record(Set<String> attended, String minutes, MediationOutcome outcome, String agreement, String by,
			LocalDateTime at) {
		if (isRecorded()) {
			throw new ConflictException("complaint.mediationRecorded",
					LocalizedText.of("ບັນທຶກການໄກ່ເກ່ຍນີ້ແລ້ວ", "This mediation meeting is already recorded"));
		}
		this.participants.forEach((participant) -> participant.attended(attended.contains(participant.getName())));
		this.minutes = minutes;
		this.outcome = outcome;
		this.agreement = (outcome == MediationOutcome.AGREED) ? agreement : null;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	void keepRecord(long documentId) {
		this.recordDocumentId = documentId;
	}

	public boolean isRecorded() {
		return this.outcome != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public LocalDateTime getMeetingAt() {
		return this.meetingAt;
	}

	public String getPlace() {
		return this.place;
	}

	public String getScheduledBy() {
		return this.scheduledBy;
	}

	public LocalDateTime getScheduledAt() {
		return this.scheduledAt;
	}

	public List<MediationParticipant> getParticipants() {
		return Collections.unmodifiableList(this.participants);
	}

	public String getMinutes() {
		return this.minutes;
	}

	/** Agreed or not; null until recorded. */
	public MediationOutcome getOutcome() {
		return this.outcome;
	}

	public String getAgreement() {
		return this.agreement;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public LocalDateTime getRecordedAt() {
		return this.recordedAt;
	}

	/** The signed record PDF on the case, once recorded. */
	public Long getRecordDocumentId() {
		return this.recordDocumentId;
	}

}

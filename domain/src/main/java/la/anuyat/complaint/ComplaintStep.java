package la.anuyat.complaint;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * One step of a complaint in words the public may read: no officer's name, no contact
 * detail, no internal note. The tracking page and the Open311 answers show these.
 */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "at", nullable = false)
	private LocalDateTime at;

	@Enumerated(EnumType.STRING)
	@Column(name = "stage", nullable = false)
	private ComplaintStage stage;

	@Column(name = "text_lo", nullable = false)
	private String textLo;

	@Column(name = "text_en", nullable = false)
	private String textEn;

	protected ComplaintStep() {
	}

	ComplaintStep(long caseId, LocalDateTime at, ComplaintStage stage, LocalizedText text) {
		this.caseId = caseId;
		this.at = at;
		this.stage = stage;
		this.textLo = text.lo();
		this.textEn = text.en();
	}

	public LocalDateTime getAt() {
		return this.at;
	}

	public ComplaintStage getStage() {
		return this.stage;
	}

	public LocalizedText getText() {
		return LocalizedText.of(this.textLo, this.textEn);
	}

}

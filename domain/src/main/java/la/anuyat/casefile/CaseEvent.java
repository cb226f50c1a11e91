package la.anuyat.casefile;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * One step of a case's history, as shown to officers and to the applicant.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "at", nullable = false)
	private LocalDateTime at;

	@Column(name = "actor", nullable = false)
	private String actor;

	@Column(name = "type", nullable = false)
	private String type;

	@Column(name = "description_lo", nullable = false)
	private String descriptionLo;

	@Column(name = "description_en", nullable = false)
	private String descriptionEn;

	@Column(name = "delegation_ref")
	private String delegationRef;

	protected CaseEvent() {
	}

	CaseEvent(LocalDateTime at, String actor, String type, LocalizedText description, String delegationRef) {
		this.at = at;
		this.actor = actor;
		this.type = type;
		this.descriptionLo = description.lo();
		this.descriptionEn = description.en();
		this.delegationRef = delegationRef;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDateTime getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	/**
	 * A stable code such as {@code case.submitted}.
	 */
	public String getType() {
		return this.type;
	}

	public String getDescriptionLo() {
		return this.descriptionLo;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public LocalizedText getDescription() {
		return LocalizedText.of(this.descriptionLo, this.descriptionEn);
	}

	public String getDelegationRef() {
		return this.delegationRef;
	}

}

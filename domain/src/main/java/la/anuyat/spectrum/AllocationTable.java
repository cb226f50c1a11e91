package la.anuyat.spectrum;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * One edition of the national frequency allocation table. The edition in force on a day
 * is the latest one put in force whose effective date is not after it; older editions
 * stay for the record. A new edition is drafted from the one in force, edited while a
 * {@link Status#DRAFT draft}, then put in force from a day.
 */
@Entity
@Table(name = "spectrum_allocation_table")
public class AllocationTable {

	/** A draft is edited; an edition in force is not changed again. */
	public enum Status {

		DRAFT, IN_FORCE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spectrum_allocation_table_seq")
	@SequenceGenerator(name = "spectrum_allocation_table_seq", sequenceName = "spectrum_allocation_table_seq",
			allocationSize = 1)
	private Long id;

	@Column(name = "edition", nullable = false)
	private String edition;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private Status status = Status.IN_FORCE;

	@Column(name = "based_on")
	private String basedOn;

	@Column(name = "drafted_by")
	private String draftedBy;

	@Column(name = "drafted_at")
	private LocalDateTime draftedAt;

	@Column(name = "put_in_force_by")
	private String putInForceBy;

	@Column(name = "put_in_force_at")
	private LocalDateTime putInForceAt;

	@Column(name = "title_lo", nullable = false)
	private String titleLo;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	protected AllocationTable() {
	}

	AllocationTable(String edition, String titleLo, String titleEn, String basedOn, String draftedBy,
			LocalDateTime draftedAt) {
		this.edition = edition;
		this.titleLo = titleLo;
		this.titleEn = titleEn;
		this.basedOn = basedOn;
		this.status = Status.DRAFT;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
	}

	void putInForce(LocalDate from, String by, LocalDateTime at) {
		requireDraft();
		this.status = Status.IN_FORCE;
		this.effectiveFrom = from;
		this.putInForceBy = by;
		this.putInForceAt = at;
	}

	/**
	 * Only a draft is edited: an edition once in force is the record assessments cite.
	 */
	void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw new ConflictException("spectrum.editionInForce",
					LocalizedText.of("ສະບັບ " + this.edition + " ມີຜົນບັງຄັບໃຊ້ແລ້ວ: ບໍ່ສາມາດແກ້ໄຂໄດ້",
							"The edition " + this.edition + " has been put in force: it can no longer be changed"));
		}
	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getBasedOn() {
		return this.basedOn;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public String getPutInForceBy() {
		return this.putInForceBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getEdition() {
		return this.edition;
	}

	/** The day the edition is in force from; null for a draft. */
	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalizedText title() {
		return LocalizedText.of(this.titleLo, this.titleEn);
	}

}

package la.anuyat.spectrum;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * One edition of the national frequency allocation table. The edition in force on a day
 * is the latest whose effective date is not after it; older editions stay for the record.
 */
@Entity
@Table(name = "spectrum_allocation_table")
public class AllocationTable {

	@Id
	private Long id;

	@Column(name = "edition", nullable = false)
	private String edition;

	@Column(name = "effective_from", nullable = false)
	private LocalDate effectiveFrom;

	@Column(name = "title_lo", nullable = false)
	private String titleLo;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	protected AllocationTable() {
	}

	public Long getId() {
		return this.id;
	}

	public String getEdition() {
		return this.edition;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalizedText title() {
		return LocalizedText.of(this.titleLo, this.titleEn);
	}

}

package la.anuyat.spectrum;

import java.time.LocalDate;

/**
 * One edition of the allocation table as the list of editions shows it: a draft, the
 * edition in force today, one put in force from a later day, or one superseded.
 */
public record EditionSummary(AllocationTable table, Standing standing, int bands) {

	public enum Standing {

		DRAFT, IN_FORCE, SCHEDULED, SUPERSEDED

	}

	public String edition() {
		return this.table.getEdition();
	}

	public LocalDate effectiveFrom() {
		return this.table.getEffectiveFrom();
	}

}

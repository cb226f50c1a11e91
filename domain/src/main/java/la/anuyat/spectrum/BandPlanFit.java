package la.anuyat.spectrum;

import la.anuyat.shared.LocalizedText;

/**
 * Whether a frequency, bandwidth and service fit the allocation table, with the band that
 * decided it (none when no band holds the frequency) and why, and the edition of the
 * allocation table it was checked against.
 */
public record BandPlanFit(Outcome outcome, BandAllocation band, AllocationCategory category, LocalizedText reason,
		String edition) {

	public BandPlanFit(Outcome outcome, BandAllocation band, AllocationCategory category, LocalizedText reason) {
		this(outcome, band, category, reason, null);
	}

	/** The same fit, citing the edition checked against. */
	BandPlanFit of(String edition) {
		return new BandPlanFit(this.outcome, this.band, this.category, this.reason, edition);
	}

	public enum Outcome {

		/** A band holds the whole emission and allocates the service. */
		FITS,
		/** No band of the table holds the centre frequency. */
		NO_ALLOCATION,
		/** The emission spills over a band edge. */
		CROSSES_BAND_EDGE,
		/** The band does not allocate the service. */
		SERVICE_NOT_ALLOCATED

	}

	public boolean fits() {
		return this.outcome == Outcome.FITS;
	}

}

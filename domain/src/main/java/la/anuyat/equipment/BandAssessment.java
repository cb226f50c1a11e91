package la.anuyat.equipment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import la.anuyat.shared.LocalizedText;

/**
 * The check of one declared band: where it falls in the allocation table, its power limit
 * and the result.
 */
@Embeddable
public class BandAssessment {

	@Column(name = "lower_mhz", nullable = false)
	private double lowerMhz;

	@Column(name = "upper_mhz", nullable = false)
	private double upperMhz;

	@Column(name = "eirp_dbm", nullable = false)
	private double eirpDbm;

	@Column(name = "allocation_lo")
	private String allocationLo;

	@Column(name = "allocation_en")
	private String allocationEn;

	@Column(name = "limit_dbm")
	private Double limitDbm;

	@Column(name = "limit_rule")
	private String limitRule;

	@Enumerated(EnumType.STRING)
	@Column(name = "result", nullable = false)
	private BandResult result;

	protected BandAssessment() {
	}

	BandAssessment(DeclaredBand band, LocalizedText allocation, PowerLimits.Limit limit) {
		this.lowerMhz = band.lowerMhz();
		this.upperMhz = band.upperMhz();
		this.eirpDbm = band.eirpDbm();
		this.allocationLo = (allocation != null) ? allocation.lo() : null;
		this.allocationEn = (allocation != null) ? allocation.en() : null;
		this.limitDbm = (limit != null) ? limit.maxEirpDbm() : null;
		this.limitRule = (limit != null) ? limit.rule() : null;
		if (allocation == null) {
			this.result = BandResult.NOT_ALLOCATED;
		}
		else if (limit != null && band.eirpDbm() > limit.maxEirpDbm()) {
			this.result = BandResult.OVER_POWER_LIMIT;
		}
		else {
			this.result = BandResult.COMPLIES;
		}
	}

	public DeclaredBand band() {
		return new DeclaredBand(this.lowerMhz, this.upperMhz, this.eirpDbm);
	}

	/** The allocation-table bands it lies in, or {@code null} when it does not. */
	public LocalizedText allocation() {
		return (this.allocationEn != null) ? LocalizedText.of(this.allocationLo, this.allocationEn) : null;
	}

	public Double getLimitDbm() {
		return this.limitDbm;
	}

	public String getLimitRule() {
		return this.limitRule;
	}

	public BandResult getResult() {
		return this.result;
	}

}

package la.anuyat.spectrum;

import java.math.BigDecimal;
import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * The band-plan check: the band of the table that contains the centre frequency (lower
 * edge inclusive, upper exclusive) must hold the whole emission and allocate the service,
 * primary or secondary. A secondary allocation fits, and is said so, because a secondary
 * station may claim no protection (ITU RR No. 5.28–5.31).
 */
public final class BandPlanCheck {

	private final String edition;

	private final List<BandAllocation> bands;

	public BandPlanCheck(List<BandAllocation> bands) {
		this(null, bands);
	}

	/** The check against the bands of a named edition, which every answer cites. */
	public BandPlanCheck(String edition, List<BandAllocation> bands) {
		this.edition = edition;
		this.bands = List.copyOf(bands);
	}

	public BandPlanFit check(double centreMhz, double bandwidthKhz, RadioService service) {
		return fit(centreMhz, bandwidthKhz, service).of(this.edition);
	}

	private BandPlanFit fit(double centreMhz, double bandwidthKhz, RadioService service) {
		double bandwidthMhz = bandwidthKhz / 1000;
		BandAllocation band = this.bands.stream()
			.filter((candidate) -> candidate.contains(centreMhz))
			.findFirst()
			.orElse(null);
		String frequency = BigDecimal.valueOf(centreMhz).stripTrailingZeros().toPlainString() + " MHz";
		if (band == null) {
			return new BandPlanFit(BandPlanFit.Outcome.NO_ALLOCATION, null, null,
					LocalizedText.of("ບໍ່ມີແຖບຄວາມຖີ່ໃນຕາຕະລາງແຫ່ງຊາດທີ່ລວມ " + frequency,
							"No band of the national allocation table contains " + frequency));
		}
		if (!band.holds(centreMhz, bandwidthMhz)) {
			return new BandPlanFit(BandPlanFit.Outcome.CROSSES_BAND_EDGE, band, null,
					LocalizedText.of("ການປ່ອຍຄື້ນລົ້ນຂອບຂອງແຖບ " + band.name().lo(),
							"The emission spills over an edge of the band " + band.name().en()));
		}
		return band.allocationOf(service)
			.map((allocation) -> new BandPlanFit(BandPlanFit.Outcome.FITS, band, allocation.getCategory(),
					(allocation.getCategory() == AllocationCategory.PRIMARY)
							? LocalizedText.of("ແຖບ "
									+ band.name().lo() + " ຈັດສັນໃຫ້ບໍລິການນີ້ເປັນຫຼັກ",
									"The band " + band.name().en() + " allocates this service on a primary basis")
							: LocalizedText
								.of("ແຖບ " + band
									.name()
									.lo()
										+ " ຈັດສັນໃຫ້ບໍລິການນີ້ເປັນຮອງ: ຕ້ອງບໍ່ລົບກວນ ແລະ ບໍ່ໄດ້ຮັບການປົກປ້ອງຈາກບໍລິການຫຼັກ",
										"The band " + band
											.name()
											.en()
												+ " allocates this service on a secondary basis: no harmful interference to, and no protection from, primary services")))
			.orElseGet(() -> new BandPlanFit(BandPlanFit.Outcome.SERVICE_NOT_ALLOCATED, band, null,
					LocalizedText.of("ແຖບ " + band.name().lo() + " ບໍ່ໄດ້ຈັດສັນໃຫ້ບໍລິການ " + service,
							"The band " + band.name().en() + " has no allocation to the " + service + " service")));
	}

}

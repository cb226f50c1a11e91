package la.anuyat.spectrum;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandPlanCheckTest {

	private final BandAllocation fm = new BandAllocation(87.5, 108, "FM broadcasting",
			List.of(new ServiceAllocation(RadioService.BROADCASTING, AllocationCategory.PRIMARY)));

	private final BandAllocation uhf = new BandAllocation(420, 430, "UHF land mobile",
			List.of(new ServiceAllocation(RadioService.MOBILE, AllocationCategory.PRIMARY),
					new ServiceAllocation(RadioService.RADIOLOCATION, AllocationCategory.SECONDARY)));

	private final BandPlanCheck check = new BandPlanCheck(List.of(this.fm, this.uhf));

	@Test
	void fitsAnEmissionInsideABandThatAllocatesItsService() {
		BandPlanFit fit = this.check.check(98.5, 200, RadioService.BROADCASTING);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.band()).isSameAs(this.fm);
		assertThat(fit.category()).isEqualTo(AllocationCategory.PRIMARY);
	}

	@Test
	void saysWhenTheServiceIsOnlySecondary() {
		BandPlanFit fit = this.check.check(425, 1000, RadioService.RADIOLOCATION);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.category()).isEqualTo(AllocationCategory.SECONDARY);
		assertThat(fit.reason().en()).contains("secondary");
	}

	@Test
	void refusesAFrequencyNoBandHolds() {
		BandPlanFit fit = this.check.check(300, 25, RadioService.MOBILE);
		assertThat(fit.outcome()).isEqualTo(BandPlanFit.Outcome.NO_ALLOCATION);
		assertThat(fit.reason().en()).contains("300 MHz");
		assertThat(fit.reason().lo()).contains("300 MHz");
	}

	@Test
	void readsTheUpperEdgeAsExclusiveAndTheLowerAsInclusive() {
		assertThat(this.check.check(108, 0.001, RadioService.BROADCASTING).outcome())
			.isEqualTo(BandPlanFit.Outcome.NO_ALLOCATION);
		assertThat(this.check.check(87.5, 0, RadioService.BROADCASTING).fits()).isTrue();
	}

	@Test
	void refusesAnEmissionThatSpillsOverABandEdge() {
		// 107.95 MHz ± 100 kHz reaches 108.05 MHz
		assertThat(this.check.check(107.95, 200, RadioService.BROADCASTING).outcome())
			.isEqualTo(BandPlanFit.Outcome.CROSSES_BAND_EDGE);
	}

	@Test
	void refusesAServiceTheBandDoesNotAllocate() {
		assertThat(this.check.check(98.5, 25, RadioService.MOBILE).outcome())
			.isEqualTo(BandPlanFit.Outcome.SERVICE_NOT_ALLOCATED);
	}

}

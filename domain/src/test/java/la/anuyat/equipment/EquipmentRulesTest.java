package la.anuyat.equipment;

import java.util.List;

import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.AllocationCategory;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.ServiceAllocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a type approval's band check, without Spring: a declared band reads as
 * edges and power, is allocated only when the table covers it whole, and keeps one
 * grantee per manufacturer however its name is typed.
 */
class EquipmentRulesTest {

	private static final List<BandAllocation> TABLE = List.of(band(87.5, 100, "FM lower"), band(100, 108, "FM upper"),
			band(2400, 2483.5, "RLAN 2.4 GHz"), band(5150, 5350, "RLAN 5 GHz (lower)"));

	@Test
	void readsOneBandALineWithItsPower() {
		assertThat(DeclaredBand.parse("bands", "2400-2483.5 MHz, 20 dBm\n\n 5150 – 5350 ; 23.5 dBm "))
			.containsExactly(new DeclaredBand(2400, 2483.5, 20), new DeclaredBand(5150, 5350, 23.5));
		assertThat(new DeclaredBand(2400, 2483.5, 20).range()).isEqualTo("2400–2483.5 MHz");
	}

	@Test
	void refusesABandItCannotReadByTheLine() {
		assertThatThrownBy(() -> DeclaredBand.parse("bands", "2400-2483.5 MHz, 20 dBm\n2.4 GHz"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.text().en()).contains("\"2.4 GHz\"");
				assertThat(ex.text().lo()).contains("\"2.4 GHz\"");
			});
		assertThatThrownBy(() -> DeclaredBand.parse("bands", "2483.5-2400 MHz, 20 dBm"))
			.as("the lower edge below the upper")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> DeclaredBand.parse("bands", " ")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aBandIsAllocatedWhenAdjacentTableBandsCoverItWhole() {
		assertThat(AllocatedBands.covering(TABLE, 87.5, 108).en()).isEqualTo("FM lower; FM upper");
		assertThat(AllocatedBands.covering(TABLE, 2400, 2483.5).en()).isEqualTo("RLAN 2.4 GHz");
		assertThat(AllocatedBands.covering(TABLE, 5200, 5300).en()).isEqualTo("RLAN 5 GHz (lower)");
	}

	@Test
	void aBandWithAnyPartOutsideTheTableIsNotAllocated() {
		assertThat(AllocatedBands.covering(TABLE, 2400, 2500)).as("beyond the upper edge").isNull();
		assertThat(AllocatedBands.covering(TABLE, 2350, 2450)).as("below the lower edge").isNull();
		assertThat(AllocatedBands.covering(TABLE, 2483.5, 5150)).as("in a gap").isNull();
		assertThat(AllocatedBands.covering(TABLE, 87.5, 2483.5)).as("across a gap").isNull();
	}

	@Test
	void oneManufacturerIsOneGranteeHoweverItsNameIsTyped() {
		assertThat(Grantee.keyOf("Acme Radio Co., Ltd.")).isEqualTo(Grantee.keyOf("ACME RADIO CO LTD"))
			.isEqualTo("acmeradiocoltd");
		assertThat(Grantee.keyOf("Acme Radio")).isNotEqualTo(Grantee.keyOf("Acme Radio Co., Ltd."));
	}

	private static BandAllocation band(double lower, double upper, String name) {
		return new BandAllocation(lower, upper, name,
				List.of(new ServiceAllocation(RadioService.MOBILE, AllocationCategory.PRIMARY)));
	}

}

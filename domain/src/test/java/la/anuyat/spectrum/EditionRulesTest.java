package la.anuyat.spectrum;

import java.util.List;

import la.anuyat.shared.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every row of an allocation table edition keeps, checked before a band is
 * added or changed.
 */
class EditionRulesTest {

	private final BandAllocation fm = new BandAllocation(87.5, 108, "FM broadcasting",
			List.of(new ServiceAllocation(RadioService.BROADCASTING, AllocationCategory.PRIMARY)));

	private final BandAllocation aero = new BandAllocation(108, 117.975, "Aeronautical radionavigation",
			List.of(new ServiceAllocation(RadioService.AERONAUTICAL_RADIONAVIGATION, AllocationCategory.PRIMARY)));

	@Test
	void acceptsABandThatTouchesItsNeighboursWithoutSharingAFrequency() {
		assertThat(EditionRules.check(band(117.975, 137), List.of(this.fm, this.aero))).isEmpty();
		assertThat(EditionRules.check(band(80, 87.5), List.of(this.fm, this.aero))).isEmpty();
	}

	@Test
	void refusesALowerEdgeNotBelowTheUpperEdge() {
		assertThat(fields(EditionRules.check(band(150, 150), List.of()))).containsExactly("upperMhz");
		List<FieldError> errors = EditionRules.check(band(160, 150), List.of());
		assertThat(fields(errors)).containsExactly("upperMhz");
		assertThat(errors.get(0).message().en()).contains("above the lower edge");
		assertThat(errors.get(0).message().lo()).isNotBlank();
	}

	@Test
	void refusesABandThatOverlapsAnotherOfTheEdition() {
		List<FieldError> errors = EditionRules.check(band(100, 110), List.of(this.fm, this.aero));
		assertThat(fields(errors)).containsExactly("lowerMhz");
		assertThat(errors.get(0).message().en()).contains("FM broadcasting").contains("87.5–108 MHz");
		// a band inside another overlaps it too
		assertThat(fields(EditionRules.check(band(90, 91), List.of(this.fm)))).containsExactly("lowerMhz");
	}

	@Test
	void refusesARowWithoutItsSource() {
		BandDraft draft = new BandDraft(470.0, 694.0, "ໂທລະທັດ", "Television", false, "", "", "  ",
				List.of(new BandDraft.Service("BROADCASTING", "PRIMARY")));
		List<FieldError> errors = EditionRules.check(draft, List.of());
		assertThat(fields(errors)).containsExactly("source");
		assertThat(errors.get(0).message().en()).contains("source");
	}

	@Test
	void refusesMissingEdgesNamesAndServicesAndUnknownOrRepeatedServices() {
		BandDraft empty = new BandDraft(null, null, "", null, null, null, null, "ITU RR Art. 5", List.of());
		assertThat(fields(EditionRules.check(empty, List.of()))).containsExactly("lowerMhz", "upperMhz", "nameLo",
				"nameEn", "services");
		BandDraft wrong = new BandDraft(470.0, 694.0, "ໂທລະທັດ", "Television", false, "", "", "ITU RR Art. 5",
				List.of(new BandDraft.Service("broadcasting", "primary"),
						new BandDraft.Service("BROADCASTING", "SECONDARY"),
						new BandDraft.Service("TELEPATHY", "MAIN")));
		assertThat(fields(EditionRules.check(wrong, List.of()))).containsExactly("services[1].service",
				"services[2].service", "services[2].category");
	}

	@Test
	void refusesAnEditionCodeThatCannotBeAnAddress() {
		assertThat(EditionRules.checkEdition("LA-NFAT-2027", "ຕາຕະລາງ 2027", "Table 2027")).isEmpty();
		assertThat(fields(EditionRules.checkEdition("LA NFAT/2027", "ຕາຕະລາງ", ""))).containsExactly("edition",
				"titleEn");
	}

	private static BandDraft band(double lower, double upper) {
		return new BandDraft(lower, upper, "ແຖບ", "Band", false, "", "", "ITU RR Art. 5, Region 3",
				List.of(new BandDraft.Service(RadioService.MOBILE, AllocationCategory.PRIMARY)));
	}

	private static List<String> fields(List<FieldError> errors) {
		return errors.stream().map(FieldError::field).toList();
	}

}

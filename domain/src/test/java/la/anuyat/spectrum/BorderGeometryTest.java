package la.anuyat.spectrum;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laos' border from the Natural Earth outline against places whose distance to the border
 * was checked by hand on a map.
 */
class BorderGeometryTest {

	private static final BorderGeometry LAOS = BorderGeometry.laos();

	@Test
	void vientianeLiesOnTheMekongBorder() {
		// Nam Phou fountain, Vientiane: the Mekong (the Thai border) is ~1.5 km south
		assertThat(LAOS.contains(17.9667, 102.6083)).isTrue();
		assertThat(LAOS.distanceKm(17.9667, 102.6083)).isBetween(0.2, 4.0);
	}

	@Test
	void luangPrabangIsFarFromEveryBorder() {
		// Luang Prabang: Thailand ~90 km west-south-west, Vietnam and China further
		assertThat(LAOS.contains(19.8856, 102.1347)).isTrue();
		assertThat(LAOS.distanceKm(19.8856, 102.1347)).isBetween(60.0, 130.0);
	}

	@Test
	void savannakhetFacesMukdahanAcrossTheRiver() {
		// Savannakhet town on the Mekong, Mukdahan (Thailand) on the other bank
		assertThat(LAOS.contains(16.5563, 104.7536)).isTrue();
		assertThat(LAOS.distanceKm(16.5563, 104.7536)).isLessThan(3.0);
		assertThat(LAOS.contains(16.5450, 104.7230)).isFalse();
	}

	@Test
	void neighbouringCapitalsLieOutside() {
		// Bangkok ~ 390 km from the nearest Lao border (the Mekong near Vientiane / Pak
		// Xan is further; the south of Xaignabouri ~ 380 km); Hanoi ~ 170 km from
		// Houaphan
		assertThat(LAOS.contains(13.7563, 100.5018)).isFalse();
		assertThat(LAOS.distanceKm(13.7563, 100.5018)).isBetween(300.0, 500.0);
		assertThat(LAOS.contains(21.0278, 105.8342)).isFalse();
		assertThat(LAOS.distanceKm(21.0278, 105.8342)).isBetween(120.0, 220.0);
	}

	@Test
	void coordinationIsRequiredNearTheBorderOrOutsideIt() {
		assertThat(LAOS.check(17.9667, 102.6083, 30).coordinationRequired()).isTrue();
		assertThat(LAOS.check(19.8856, 102.1347, 30).coordinationRequired()).isFalse();
		assertThat(LAOS.check(13.7563, 100.5018, 30).coordinationRequired()).isTrue();
	}

	@Test
	void theProvincesAreThereForTheMap() {
		assertThat(LAOS.provincesGeoJson()).contains("\"LA-LP\"").contains("\"LA-CH\"").contains("FeatureCollection");
		assertThat(LAOS.countryGeoJson()).contains("Polygon");
	}

}

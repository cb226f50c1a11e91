package la.anuyat.inspection;

import java.time.LocalDateTime;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldReportRulesTest {

	static final SurveyArea LAOS = new SurveyArea(13.90, 22.51, 100.08, 107.70);

	@Test
	void readsAnOdkGeopointWithOrWithoutAltitudeAndAccuracy() {
		Geopoint full = Geopoint.parse("17.9667 102.6 170.5 4.8");
		assertThat(full.latitude()).isEqualTo(17.9667);
		assertThat(full.longitude()).isEqualTo(102.6);
		assertThat(full.altitude()).isEqualTo(170.5);
		assertThat(full.accuracy()).isEqualTo(4.8);
		assertThat(Geopoint.parse(" 19.88 102.13 ").accuracy()).isNull();
	}

	@Test
	void refusesAPositionThatIsNotOne() {
		for (String text : new String[] { "", "17.9", "north east", "95 102 0 0", "17 190", "1 2 3 4 5" }) {
			assertThatThrownBy(() -> Geopoint.parse(text)).as(text).isInstanceOf(InvalidInputException.class);
		}
	}

	@Test
	void takesPositionsInsideLaosAndRefusesBangkokAndHanoi() {
		assertThat(LAOS.contains(Geopoint.parse("17.9667 102.6"))).as("Vientiane").isTrue();
		assertThat(LAOS.contains(Geopoint.parse("19.8856 102.1347"))).as("Luang Prabang").isTrue();
		assertThat(LAOS.contains(Geopoint.parse("13.7563 100.5018"))).as("Bangkok").isFalse();
		assertThat(LAOS.contains(Geopoint.parse("21.0278 105.8342 0 0"))).as("Hanoi, inside the box").isTrue();
		assertThat(LAOS.contains(Geopoint.parse("10.82 106.63"))).as("Ho Chi Minh City").isFalse();
	}

	@Test
	void revokesADeviceOnce() {
		InspectorDevice device = new InspectorDevice("inspector.vte", "phone", "hash", "admin",
				LocalDateTime.of(2026, 12, 1, 9, 0));
		assertThat(device.isRevoked()).isFalse();
		device.revoke("admin", LocalDateTime.of(2026, 12, 2, 9, 0));
		assertThat(device.isRevoked()).isTrue();
		assertThat(device.getRevokedBy()).isEqualTo("admin");
		assertThatThrownBy(() -> device.revoke("admin", LocalDateTime.of(2026, 12, 3, 9, 0)))
			.isInstanceOf(ConflictException.class);
	}

}

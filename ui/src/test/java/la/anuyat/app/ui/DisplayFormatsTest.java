package la.anuyat.app.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded times show on Vientiane's clock (UTC+7) whether they come as an instant (the
 * workflow engine's) or as the domain's local date-time read in the server's zone.
 */
class DisplayFormatsTest {

	@Test
	void aTimeRecordedOnAUtcServerShowsInVientiane() {
		LocalDateTime recordedOnUtcServer = LocalDateTime.of(2026, 12, 31, 20, 15);

		assertThat(DisplayFormats.dateTime(recordedOnUtcServer, ZoneOffset.UTC)).isEqualTo("01/01/2027 03:15");
		assertThat(DisplayFormats.date(recordedOnUtcServer, ZoneOffset.UTC)).isEqualTo("01/01/2027");
	}

	@Test
	void theSameMomentShowsTheSameWhetherInstantOrRecordedLocalTime() {
		Instant moment = Instant.parse("2026-06-01T02:30:00Z");
		LocalDateTime recorded = LocalDateTime.ofInstant(moment, java.time.ZoneId.systemDefault());

		assertThat(DisplayFormats.dateTime(recorded)).isEqualTo(DisplayFormats.dateTime(moment))
			.isEqualTo("01/06/2026 09:30");
	}

	@Test
	void nothingRecordedShowsNothing() {
		assertThat(DisplayFormats.dateTime((LocalDateTime) null)).isEmpty();
		assertThat(DisplayFormats.date((LocalDateTime) null)).isEmpty();
	}

}

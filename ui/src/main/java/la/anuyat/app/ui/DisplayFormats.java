package la.anuyat.app.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as the regulator writes them: DD/MM/YYYY.
 */
public final class DisplayFormats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** Laos keeps one time zone, Indochina Time. */
	public static final ZoneId LAOS = ZoneId.of("Asia/Vientiane");

	private DisplayFormats() {
	}

	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public static String date(LocalDateTime dateTime) {
		return (dateTime != null) ? DATE.format(dateTime) : "";
	}

	public static String dateTime(LocalDateTime dateTime) {
		return (dateTime != null) ? DATE_TIME.format(dateTime) : "";
	}

	public static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(LAOS)) : "";
	}

}

package la.anuyat.app.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as the regulator writes them: DD/MM/YYYY, and times on Vientiane's
 * clock whatever the server's time zone is. Every page formats through here, so that the
 * case history, the inbox and the notes show the same hour for the same moment.
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

	/**
	 * The day of a moment the domain recorded, in Vientiane.
	 * @see #dateTime(LocalDateTime)
	 */
	public static String date(LocalDateTime recorded) {
		return date(recorded, ZoneId.systemDefault());
	}

	/**
	 * A moment the domain recorded as a local date-time. The domain reads its clock in
	 * the server's default zone (often UTC on a server), so the value is converted from
	 * there to Vientiane before it is shown.
	 */
	public static String dateTime(LocalDateTime recorded) {
		return dateTime(recorded, ZoneId.systemDefault());
	}

	public static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(LAOS)) : "";
	}

	static String date(LocalDateTime recorded, ZoneId recordedIn) {
		return (recorded != null) ? DATE.format(recorded.atZone(recordedIn).withZoneSameInstant(LAOS)) : "";
	}

	static String dateTime(LocalDateTime recorded, ZoneId recordedIn) {
		return (recorded != null) ? DATE_TIME.format(recorded.atZone(recordedIn).withZoneSameInstant(LAOS)) : "";
	}

}

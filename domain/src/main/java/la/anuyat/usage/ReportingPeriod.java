package la.anuyat.usage;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One period a licence's holder reports usage for, both days included.
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

	public ReportingPeriod {
		if (start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("A reporting period ends on or after its start: " + start + "–" + end);
		}
	}

	/**
	 * The period that starts on the given day and lasts the given months, cut at the
	 * licence's last valid day: a licence owes no report for days it is not valid. None
	 * when the day is past the validity.
	 */
	public static Optional<ReportingPeriod> startingOn(LocalDate firstDay, int months, LocalDate validUntil) {
		if (months <= 0 || firstDay.isAfter(validUntil)) {
			return Optional.empty();
		}
		LocalDate end = firstDay.plusMonths(months).minusDays(1);
		return Optional.of(new ReportingPeriod(firstDay, end.isAfter(validUntil) ? validUntil : end));
	}

	/** The day the report of this period is due, the grace days after its last day. */
	public LocalDate dueDate(int graceDays) {
		return this.end.plusDays(Math.max(0, graceDays));
	}

}

package la.anuyat.licence.form;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One end of the sensible range of a date field, written in the form definition's custom
 * properties {@code minDate} and {@code maxDate}: a fixed ISO date ({@code 2020-01-01})
 * or a date relative to the day of the check ({@code today}, {@code today+P5Y},
 * {@code today-P30D}, with an ISO-8601 period), so that a form edited once does not go
 * stale.
 */
public record DateBound(String expression) {

	private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(P[0-9YMWD]+))?");

	public DateBound {
		resolve(expression, LocalDate.EPOCH);
	}

	/**
	 * @throws IllegalArgumentException when the expression is neither a date nor
	 * {@code today±period}
	 */
	public static DateBound parse(String expression) {
		return new DateBound(expression.trim());
	}

	/**
	 * The bound's date on the given day.
	 */
	public LocalDate on(LocalDate today) {
		return resolve(this.expression, today);
	}

	private static LocalDate resolve(String expression, LocalDate today) {
		Matcher relative = RELATIVE.matcher(expression);
		try {
			if (relative.matches()) {
				if (relative.group(1) == null) {
					return today;
				}
				Period period = Period.parse(relative.group(2));
				return "+".equals(relative.group(1)) ? today.plus(period) : today.minus(period);
			}
			return LocalDate.parse(expression);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("\"" + expression + "\" is neither a date (yyyy-MM-dd) nor today±period",
					ex);
		}
	}

}

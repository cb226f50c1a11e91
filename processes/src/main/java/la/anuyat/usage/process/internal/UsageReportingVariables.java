package la.anuyat.usage.process.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import la.anuyat.usage.ReportingPeriod;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names and types of usage-reporting's process variables: ids, the decision's
 * schedule, the running period's days (ISO dates) and the moments of the timers (ISO
 * local date-times, read by the model's timer definitions).
 */
final class UsageReportingVariables {

	static final String LICENCE_NUMBER = "licenceNumber";

	/** Input of the schedule decision. */
	static final String LICENCE_TYPE = "licenceType";

	/** Input of the schedule decision: the holder's choice on the form, or null. */
	static final String USAGE_REPORTING = "usageReporting";

	/** Result of the schedule decision: a map with periodMonths and graceDays. */
	static final String REPORT_SCHEDULE = "reportSchedule";

	static final String PERIOD_MONTHS = "periodMonths";

	static final String GRACE_DAYS = "graceDays";

	/** The running period's first and last day, or null when none is left. */
	static final String PERIOD_START = "periodStart";

	static final String PERIOD_END = "periodEnd";

	/** When the running period is over: the start of the day after its last day. */
	static final String PERIOD_ENDS_AT = "periodEndsAt";

	/**
	 * When the report just due turns overdue (the start of the day after its due date),
	 * or null when the licence owed it no longer.
	 */
	static final String OVERDUE_AT = "overdueAt";

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private UsageReportingVariables() {
	}

	static Map<String, Object> atStart(String licenceNumber, String licenceType, String usageReporting) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(LICENCE_NUMBER, licenceNumber);
		variables.put(LICENCE_TYPE, licenceType);
		// always set: the decision reads it, and a missing variable is an error there
		variables.put(USAGE_REPORTING, usageReporting);
		return variables;
	}

	static String licenceNumber(VariableScope scope) {
		return (String) required(scope, LICENCE_NUMBER);
	}

	static int periodMonths(VariableScope scope) {
		return scheduleEntry(scope, PERIOD_MONTHS);
	}

	static int graceDays(VariableScope scope) {
		return scheduleEntry(scope, GRACE_DAYS);
	}

	static LocalDate periodEnd(VariableScope scope) {
		Object end = scope.getVariable(PERIOD_END);
		return (end != null) ? LocalDate.parse((String) end) : null;
	}

	static ReportingPeriod period(VariableScope scope) {
		return new ReportingPeriod(LocalDate.parse((String) required(scope, PERIOD_START)),
				LocalDate.parse((String) required(scope, PERIOD_END)));
	}

	static void setPeriod(VariableScope scope, ReportingPeriod period) {
		scope.setVariable(PERIOD_START, (period != null) ? period.start().toString() : null);
		scope.setVariable(PERIOD_END, (period != null) ? period.end().toString() : null);
		scope.setVariable(PERIOD_ENDS_AT, (period != null) ? startOf(period.end().plusDays(1)) : null);
	}

	/** The start of the given day, as the timers read it. */
	static String startOf(LocalDate day) {
		return MOMENT.format(day.atStartOfDay());
	}

	private static int scheduleEntry(VariableScope scope, String name) {
		Object schedule = required(scope, REPORT_SCHEDULE);
		Object value = (schedule instanceof Map<?, ?> entries) ? entries.get(name) : null;
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("The report schedule has no " + name + ": " + schedule);
		}
		return number.intValue();
	}

	private static Object required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value;
	}

}

package la.anuyat.licence.process.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import la.anuyat.licence.LicenceMeasure;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names and types of the process variables of licence-sanction and licence-expiry.
 * Variables hold ids, flags and the moments of the timers (ISO local date-times, read by
 * the models' timer definitions); everything else is read from the domain.
 */
final class LifecycleVariables {

	static final String SANCTION_PROCESS = "licence-sanction";

	static final String EXPIRY_PROCESS = "licence-expiry";

	/** The measure's case id (Long); the case workflow reads it for the inbox. */
	static final String CASE_ID = "caseId";

	static final String LICENCE_NUMBER = "licenceNumber";

	/** Input of the response-period and reminder decisions. */
	static final String LICENCE_TYPE = "licenceType";

	/** SUSPEND | REVOKE | CANCEL; input of the response-period decision. */
	static final String MEASURE = "measure";

	/** Whether the measure skips the holder's response period (Boolean). */
	static final String URGENT = "urgent";

	/** Selects the candidate groups, as in the case workflow. */
	static final String AUTHORITY_CODE = "authorityCode";

	static final String SECTION = "section";

	/** Result of the response-period decision (days). */
	static final String RESPONSE_DAYS = "responseDays";

	/** When the response period is over: the timer of the wait for the response. */
	static final String RESPONSE_DEADLINE = "responseDeadline";

	/** The review's (or the confirmation's) result: approve | reject. */
	static final String DECISION = "decision";

	/** When a suspension lifts: the day after its last day. */
	static final String LIFT_AT = "liftAt";

	/** The licence's last valid day (ISO date). */
	static final String VALID_UNTIL = "validUntil";

	/** Result of the reminder decision: the days before the end (a list). */
	static final String REMINDER_OFFSETS = "reminderOffsets";

	/** When the next reminder is due, or null when none is left. */
	static final String NEXT_REMINDER_AT = "nextReminderAt";

	/** How many days before the end the next reminder is (Integer), or null. */
	static final String NEXT_REMINDER_DAYS = "nextReminderDays";

	/** When the licence expires: the day after its last valid day. */
	static final String EXPIRES_AT = "expiresAt";

	/** The validity decision's result on an application: the licence's months. */
	static final String VALIDITY_MONTHS = "validityMonths";

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private LifecycleVariables() {
	}

	static Map<String, Object> atSanctionStart(LicenceMeasure measure, String licenceType, String authorityCode,
			String section) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, measure.getCaseId());
		variables.put(LICENCE_NUMBER, measure.getLicenceNumber());
		variables.put(LICENCE_TYPE, licenceType);
		variables.put(MEASURE, measure.getMeasure().name());
		variables.put(URGENT, measure.isUrgent());
		variables.put(AUTHORITY_CODE, authorityCode);
		variables.put(SECTION, section);
		return variables;
	}

	static Map<String, Object> atExpiryStart(String licenceNumber, String licenceType, LocalDate validUntil) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(LICENCE_NUMBER, licenceNumber);
		variables.put(LICENCE_TYPE, licenceType);
		variables.put(VALID_UNTIL, validUntil.toString());
		return variables;
	}

	static long caseId(VariableScope scope) {
		return ((Number) required(scope, CASE_ID)).longValue();
	}

	static String licenceNumber(VariableScope scope) {
		return (String) required(scope, LICENCE_NUMBER);
	}

	static LocalDate validUntil(VariableScope scope) {
		return LocalDate.parse((String) required(scope, VALID_UNTIL));
	}

	/** The start of the given day, as the timers read it. */
	static String startOf(LocalDate day) {
		return MOMENT.format(day.atStartOfDay());
	}

	static String moment(LocalDateTime at) {
		return MOMENT.format(at);
	}

	/**
	 * The validity decision's result. A licence type that no rule of the table covers is
	 * refused here, loudly, rather than issued with another type's validity.
	 */
	static int validityMonths(VariableScope scope) {
		Object months = scope.getVariable(VALIDITY_MONTHS);
		if (months == null) {
			throw new IllegalStateException("The licence validity decision (licence-validity.dmn) has no rule for"
					+ " licence type " + scope.getVariable(LICENCE_TYPE) + " of section " + scope.getVariable(SECTION)
					+ ": add one before licences of this type are issued");
		}
		return ((Number) months).intValue();
	}

	static Object required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value;
	}

}

package la.anuyat.complaint.process.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the complaint process: ids, dates of its timers and flags only.
 */
final class ComplaintVariables {

	static final String CASE_ID = "caseId";

	static final String AUTHORITY = "authorityCode";

	static final String SECTION = "section";

	/** Whether a named operator has an account to answer in. */
	static final String OPERATOR_CAN_RESPOND = "operatorCanRespond";

	/** The account that answers for the operator. */
	static final String RESPONDENT_USERNAME = "respondentUsername";

	static final String RESPONSE_DUE_AT = "responseDueAt";

	static final String RESPONSE_CLOSES_AT = "responseClosesAt";

	static final String WINDOW_CLOSES_AT = "windowClosesAt";

	/** The triage's outcome: accept | dismiss. */
	static final String TRIAGE = "triage";

	private ComplaintVariables() {
	}

	static long caseId(VariableScope scope) {
		Object value = scope.getVariable(CASE_ID);
		if (value == null) {
			throw new IllegalStateException("The complaint process has no caseId");
		}
		return ((Number) value).longValue();
	}

	static Date date(LocalDateTime at) {
		return Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
	}

}

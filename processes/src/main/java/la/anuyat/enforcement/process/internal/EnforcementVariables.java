package la.anuyat.enforcement.process.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the enforcement process: ids and flags only. */
final class EnforcementVariables {

	static final String PROCESS_KEY = "enforcement";

	static final String CASE_ID = "caseId";

	static final String AUTHORITY_CODE = "authorityCode";

	static final String SECTION = "section";

	/** The measure proposed (an {@code EnforcementMeasure} name), set when it is. */
	static final String MEASURE = "measure";

	/** Inputs of the ladder (enforcement-ladder.dmn). */
	static final String PRIOR_VIOLATIONS = "priorViolations";

	static final String HAS_LICENCE = "hasLicence";

	/** The ladder's result: a map of measure and fineKip. */
	static final String SUGGESTION = "suggestion";

	/** The fine, for the payment block. */
	static final String AMOUNT_KIP = "amountKip";

	static final String FEE_LABEL_LO = "feeLabelLo";

	static final String FEE_LABEL_EN = "feeLabelEn";

	/** Returned by the payment block. */
	static final String INVOICE_NUMBER = "invoiceNumber";

	static final String PAYMENT_OUTCOME = "paymentOutcome";

	static final String WARNING_TASK = "userTask_issueWarning";

	static final String RECORD_TASK = "userTask_writeRecord";

	static final String PROPOSE_TASK = "userTask_proposeMeasure";

	static final String SEIZURE_TASK = "userTask_settleSeizure";

	static final String FOLLOW_UP_TASK = "userTask_followUp";

	private EnforcementVariables() {
	}

	static long caseId(VariableScope scope) {
		Object id = scope.getVariable(CASE_ID);
		if (id == null) {
			throw new IllegalStateException("Process variable " + CASE_ID + " is missing");
		}
		return ((Number) id).longValue();
	}

}

package la.anuyat.payment.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the payment process, in one place: ids, flags and the timers' dates.
 */
final class PaymentVariables {

	/** The case file's id (Long), passed in by the calling process. */
	static final String CASE_ID = "caseId";

	/** Input of the fee decision: the licence type code. */
	static final String LICENCE_TYPE = "licenceType";

	/** Input of the fee decision: new | renewal | amendment; new when absent. */
	static final String APPLICATION_KIND = "applicationKind";

	/** Input of the fee decision: the licence's scope, empty when the type has none. */
	static final String SCOPE = "scope";

	/**
	 * Inputs of the fee decision that only some types have (a radio frequency licence's
	 * centre frequency, bandwidth and area class, from its form); {@code null} for the
	 * others, so that their rows' "-" match.
	 */
	static final List<String> TYPE_FEE_INPUTS = List.of("centreFrequencyMhz", "bandwidthKhz", "areaClass");

	/**
	 * A fixed amount in kip (Long) set by the calling process instead of the fee table (a
	 * fine), with its label in {@link #FEE_LABEL_LO} and {@link #FEE_LABEL_EN}.
	 */
	static final String AMOUNT_KIP = "amountKip";

	static final String FEE_LABEL_LO = "feeLabelLo";

	static final String FEE_LABEL_EN = "feeLabelEn";

	/** The fee in kip (Long): 0 means no invoice. */
	static final String FEE_KIP = "feeKip";

	/** The invoice's number, once issued. */
	static final String INVOICE_NUMBER = "invoiceNumber";

	/** When the non-interrupting reminder timer fires (Date). */
	static final String REMINDER_AT = "reminderAt";

	/** When the interrupting lapse timer fires (Date). */
	static final String LAPSE_AT = "lapseAt";

	/** Returned to the calling process: none | due | paid | lapsed. */
	static final String PAYMENT_OUTCOME = "paymentOutcome";

	static final String NO_FEE = "none";

	static final String DUE = "due";

	static final String PAID = "paid";

	static final String LAPSED = "lapsed";

	/** The message the payment waits for. */
	static final String PAYMENT_RECEIVED = "payment-received";

	private PaymentVariables() {
	}

	static long caseId(VariableScope scope) {
		Object id = scope.getVariable(CASE_ID);
		if (id == null) {
			throw new IllegalStateException("Process variable " + CASE_ID + " is missing");
		}
		return ((Number) id).longValue();
	}

	static String licenceType(VariableScope scope) {
		return (String) scope.getVariable(LICENCE_TYPE);
	}

	static String applicationKind(VariableScope scope) {
		return Optional.ofNullable((String) scope.getVariable(APPLICATION_KIND))
			.filter((kind) -> !kind.isBlank())
			.orElse("new");
	}

	static String scope(VariableScope scope) {
		return Optional.ofNullable((String) scope.getVariable(SCOPE)).orElse("");
	}

	static String invoiceNumber(VariableScope scope) {
		String number = (String) scope.getVariable(INVOICE_NUMBER);
		if (number == null) {
			throw new IllegalStateException("Process variable " + INVOICE_NUMBER + " is missing");
		}
		return number;
	}

}

package la.anuyat.payment.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Evaluates the fee decision (licence-fees.dmn) for the case — or takes the amount the
 * calling process fixed ({@code amountKip}, with {@code feeLabelLo}/{@code feeLabelEn}: a
 * fine) — and, for an amount above zero, issues the invoice and sets the reminder and
 * lapse dates of the timers. A fee of zero (or a table without a matching row) issues
 * nothing.
 */
@Component("issueInvoiceDelegate")
@EnableConfigurationProperties(PaymentSettings.class)
class IssueInvoiceDelegate implements JavaDelegate {

	static final String FEE_DECISION = "licenceFee";

	private final PaymentService payments;

	private final PaymentSettings settings;

	IssueInvoiceDelegate(PaymentService payments, PaymentSettings settings) {
		this.payments = payments;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long amount;
		LocalizedText label;
		if (execution.hasVariable(PaymentVariables.AMOUNT_KIP)) {
			// a sum the calling process fixed (a fine decided on an enforcement case),
			// not a
			// fee of the table
			amount = ((Number) execution.getVariable(PaymentVariables.AMOUNT_KIP)).longValue();
			label = LocalizedText.of((String) execution.getVariable(PaymentVariables.FEE_LABEL_LO),
					(String) execution.getVariable(PaymentVariables.FEE_LABEL_EN));
		}
		else {
			VariableMap inputs = Variables.createVariables()
				.putValue(PaymentVariables.LICENCE_TYPE, PaymentVariables.licenceType(execution))
				.putValue(PaymentVariables.APPLICATION_KIND, PaymentVariables.applicationKind(execution))
				.putValue(PaymentVariables.SCOPE, PaymentVariables.scope(execution));
			PaymentVariables.TYPE_FEE_INPUTS.forEach((name) -> inputs.putValue(name, execution.getVariable(name)));
			DmnDecisionResultEntries fee = execution.getProcessEngineServices()
				.getDecisionService()
				.evaluateDecisionByKey(FEE_DECISION)
				.variables(inputs)
				.evaluate()
				.getFirstResult();
			amount = (fee == null || fee.getEntry("amountKip") == null) ? 0
					: ((Number) fee.getEntry("amountKip")).longValue();
			label = (fee != null) ? LocalizedText.of(fee.getEntry("labelLo"), fee.getEntry("labelEn")) : null;
		}
		execution.setVariable(PaymentVariables.FEE_KIP, amount);
		if (amount <= 0) {
			execution.setVariable(PaymentVariables.PAYMENT_OUTCOME, PaymentVariables.NO_FEE);
			return;
		}
		Invoice invoice = this.payments.issue(PaymentVariables.caseId(execution), amount, label,
				this.settings.daysToPay());
		LocalDate due = invoice.getDueDate();
		execution.setVariable(PaymentVariables.INVOICE_NUMBER, invoice.getInvoiceNumber());
		execution.setVariable(PaymentVariables.REMINDER_AT, at(due.minusDays(this.settings.remindDaysBeforeDue()), 8));
		// the due date is the last day to pay: the invoice lapses when it has passed
		execution.setVariable(PaymentVariables.LAPSE_AT, at(due.plusDays(1), 0));
		execution.setVariable(PaymentVariables.PAYMENT_OUTCOME, PaymentVariables.DUE);
	}

	private static Date at(LocalDate day, int hour) {
		return Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

}

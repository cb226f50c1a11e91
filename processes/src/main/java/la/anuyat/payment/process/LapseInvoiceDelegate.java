package la.anuyat.payment.process;

import la.anuyat.payment.PaymentService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Lapses the invoice that was not paid in time, and with it the application.
 */
@Component("lapseInvoiceDelegate")
class LapseInvoiceDelegate implements JavaDelegate {

	private final PaymentService payments;

	LapseInvoiceDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.lapse(PaymentVariables.invoiceNumber(execution));
		execution.setVariable(PaymentVariables.PAYMENT_OUTCOME, PaymentVariables.LAPSED);
	}

}

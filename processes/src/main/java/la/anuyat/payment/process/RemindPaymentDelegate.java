package la.anuyat.payment.process;

import la.anuyat.payment.PaymentService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reminds the applicant of the unpaid invoice.
 */
@Component("remindPaymentDelegate")
class RemindPaymentDelegate implements JavaDelegate {

	private final PaymentService payments;

	RemindPaymentDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.remind(PaymentVariables.invoiceNumber(execution));
	}

}

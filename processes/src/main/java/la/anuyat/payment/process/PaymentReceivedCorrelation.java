package la.anuyat.payment.process;

import la.anuyat.payment.InvoicePaid;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moves the payment process on when its invoice is paid, in the transaction that booked
 * the payment: the licence is issued with it, or, when issuing fails, the payment is not
 * booked either and the provider (or the officer) tries again.
 */
@Component
class PaymentReceivedCorrelation {

	private final RuntimeService runtime;

	PaymentReceivedCorrelation(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@EventListener
	@Order(2)
	void invoicePaid(InvoicePaid event) {
		long correlated = this.runtime.createMessageCorrelation(PaymentVariables.PAYMENT_RECEIVED)
			.processInstanceBusinessKey(event.caseNumber())
			.processInstanceVariableEquals(PaymentVariables.INVOICE_NUMBER, event.invoiceNumber())
			.setVariable(PaymentVariables.PAYMENT_OUTCOME, PaymentVariables.PAID)
			.correlateAllWithResult()
			.size();
		if (correlated == 0) {
			throw new IllegalStateException(
					"No payment process waits for invoice " + event.invoiceNumber() + " of case " + event.caseNumber());
		}
	}

}

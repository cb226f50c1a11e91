package la.anuyat.payment;

import java.time.Instant;

/**
 * A payment the e-payment provider confirms: its own transaction id, the invoice's
 * payment reference, the amount in kip and when it was paid.
 */
public record ProviderPayment(String transactionId, String paymentReference, long amountKip, Instant paidAt) {
}

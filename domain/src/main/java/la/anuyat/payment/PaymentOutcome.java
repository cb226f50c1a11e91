package la.anuyat.payment;

import java.time.LocalDateTime;

/**
 * What a recorded payment did to its invoice. {@code repeated} is true when the same
 * provider transaction had already been booked: nothing happened a second time.
 */
public record PaymentOutcome(String invoiceNumber, String caseNumber, InvoiceStatus status, LocalDateTime paidAt,
		boolean repeated) {
}

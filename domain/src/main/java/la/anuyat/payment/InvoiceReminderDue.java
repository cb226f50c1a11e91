package la.anuyat.payment;

/**
 * A fee invoice is still unpaid close to its due date: the applicant is reminded.
 */
public record InvoiceReminderDue(String invoiceNumber, long caseId, String caseNumber) {
}

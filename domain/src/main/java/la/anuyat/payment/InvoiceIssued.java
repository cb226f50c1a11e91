package la.anuyat.payment;

/**
 * A fee invoice was issued for an approved application.
 */
public record InvoiceIssued(String invoiceNumber, long caseId, String caseNumber) {
}

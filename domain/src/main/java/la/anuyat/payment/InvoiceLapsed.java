package la.anuyat.payment;

/**
 * A fee invoice was not paid by its due date: its application ends without a licence.
 */
public record InvoiceLapsed(String invoiceNumber, long caseId, String caseNumber) {
}

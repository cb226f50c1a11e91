package la.anuyat.payment;

/**
 * A fee invoice was paid (through the provider or by a recorded receipt): the licence of
 * its case may be issued.
 */
public record InvoicePaid(String invoiceNumber, long caseId, String caseNumber) {
}

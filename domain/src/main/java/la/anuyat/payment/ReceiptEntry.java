package la.anuyat.payment;

import java.time.LocalDate;

/**
 * A bank receipt as an officer records it: the receipt's number, the amount in kip, the
 * day it was paid and the scanned receipt.
 */
public record ReceiptEntry(String receiptNumber, long amountKip, LocalDate paidOn, String fileName, byte[] scan) {
}

package la.anuyat.payment.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.InvoiceStatus;
import la.anuyat.payment.PaidThrough;
import la.anuyat.payment.PaymentOutcome;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ReceiptEntry;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Fee invoices: the applicant's view of what to pay and how, the PDFs, and the officer's
 * entry of a bank receipt.
 */
@RestController
@Tag(name = "Invoices", description = "Fee invoices of approved applications, their receipts and PDFs")
class InvoiceController {

	private final CurrentActor currentActor;

	private final PaymentService payments;

	InvoiceController(CurrentActor currentActor, PaymentService payments) {
		this.currentActor = currentActor;
		this.payments = payments;
	}

	@GetMapping("/api/v1/applications/{caseNumber}/invoice")
	@Operation(summary = "The fee invoice of an application: amount, payment reference, due date, status",
			description = "404 `invoice.none` while the application has no invoice (not approved yet, or no fee).")
	InvoiceAnswer ofApplication(@PathVariable String caseNumber) {
		return this.payments.invoiceOfCase(this.currentActor.actor(), caseNumber)
			.map(InvoiceAnswer::of)
			.orElseThrow(() -> new NotFoundException("invoice.none", LocalizedText
				.of("ຄຳຮ້ອງ " + caseNumber + " ບໍ່ມີໃບແຈ້ງໜີ້", "Application " + caseNumber + " has no invoice")));
	}

	@GetMapping("/api/v1/invoices/{invoiceNumber}")
	@Operation(summary = "One invoice (the applicant's company or staff with jurisdiction only)")
	InvoiceAnswer invoice(@PathVariable String invoiceNumber) {
		return InvoiceAnswer.of(this.payments.invoice(this.currentActor.actor(), invoiceNumber));
	}

	@GetMapping(path = "/api/v1/invoices/{invoiceNumber}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The invoice as a PDF in Lao and English")
	ResponseEntity<byte[]> invoicePdf(@PathVariable String invoiceNumber) {
		return pdf(this.payments.invoicePdf(this.currentActor.actor(), invoiceNumber), invoiceNumber + ".pdf");
	}

	@GetMapping(path = "/api/v1/invoices/{invoiceNumber}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The receipt of a paid invoice as a PDF in Lao and English",
			description = "409 `invoice.notPaid` while the invoice is not paid.")
	ResponseEntity<byte[]> receiptPdf(@PathVariable String invoiceNumber) {
		return pdf(this.payments.receiptPdf(this.currentActor.actor(), invoiceNumber), invoiceNumber + "-receipt.pdf");
	}

	@PostMapping(path = "/api/v1/invoices/{invoiceNumber}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Record the bank receipt of an invoice (section officer or leadership with jurisdiction)",
			description = "`amountKip` must be exactly the invoice's (409 `payment.amountMismatch`); `paidOn` "
					+ "(YYYY-MM-DD) not in the future; `file` is the scanned receipt (PDF, JPEG or PNG, checked like "
					+ "every upload). The invoice is then paid and the licence issued; 409 `invoice.alreadyPaid` "
					+ "when it was paid already.")
	PaymentAnswer recordReceipt(@PathVariable String invoiceNumber, @RequestParam("receiptNumber") String receiptNumber,
			@RequestParam("amountKip") long amountKip, @RequestParam("paidOn") LocalDate paidOn,
			@RequestParam("file") MultipartFile file) throws IOException {
		PaymentOutcome outcome = this.payments.recordReceipt(this.currentActor.actor(), invoiceNumber,
				new ReceiptEntry(receiptNumber, amountKip, paidOn, file.getOriginalFilename(), file.getBytes()));
		return new PaymentAnswer(outcome.invoiceNumber(), outcome.caseNumber(), outcome.status(), outcome.paidAt());
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	record InvoiceAnswer(String invoiceNumber, String caseNumber, long amountKip, String currency, String feeLabelLo,
			String feeLabelEn, String paymentReference, InvoiceStatus status, LocalDateTime issuedAt, LocalDate dueDate,
			LocalDateTime paidAt, PaidThrough paidThrough, String receiptNumber, String pdf, String receiptPdf) {

		static InvoiceAnswer of(Invoice invoice) {
			String base = "/api/v1/invoices/" + invoice.getInvoiceNumber();
			return new InvoiceAnswer(invoice.getInvoiceNumber(), invoice.getCaseNumber(), invoice.getAmountKip(),
					invoice.getCurrency(), invoice.getFeeLabel().lo(), invoice.getFeeLabel().en(),
					invoice.getPaymentReference(), invoice.getStatus(), invoice.getIssuedAt(), invoice.getDueDate(),
					invoice.getPaidAt(), invoice.getPaidThrough(), invoice.getReceiptNumber(), base + "/pdf",
					(invoice.getStatus() == InvoiceStatus.PAID) ? base + "/receipt" : null);
		}

	}

	record PaymentAnswer(String invoiceNumber, String caseNumber, InvoiceStatus status, LocalDateTime paidAt) {
	}

}

package la.anuyat.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.NumberSeries;
import la.anuyat.document.StoredDocument;
import la.anuyat.payment.internal.InvoicePapers;
import la.anuyat.payment.internal.InvoiceRepository;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.SafeText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee invoices of approved applications and their payment: issued by the payment process
 * from the fee table, paid through the e-payment provider's callback or by a receipt an
 * officer records, reminded and lapsed by the process's timers. Every change is audited;
 * the case file follows (awaiting payment, approved again once paid, lapsed).
 */
@Service
@Transactional
public class PaymentService {

	private static final String SUBJECT = "invoice";

	/** The document type of a receipt's scan among the case's documents. */
	public static final String RECEIPT_SCAN_TYPE = "payment-receipt";

	private static final int MAX_TRANSACTION_ID = 100;

	private static final int MAX_RECEIPT_NUMBER = 100;

	private final InvoiceRepository invoices;

	private final CaseFileService caseFiles;

	private final CaseDocuments documents;

	private final AuthorityService authorities;

	private final NumberSeries numbers;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final InvoicePapers papers;

	private final PaymentReferences references = new PaymentReferences();

	public PaymentService(InvoiceRepository invoices, CaseFileService caseFiles, CaseDocuments documents,
			AuthorityService authorities, NumberSeries numbers, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, InvoicePapers papers) {
		this.invoices = invoices;
		this.caseFiles = caseFiles;
		this.documents = documents;
		this.authorities = authorities;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.papers = papers;
	}

	/**
	 * Issues the fee invoice of an approved case, payable within {@code daysToPay} days
	 * (the last day included), and puts the case to wait for it. Issuing again for a case
	 * whose invoice is still open gives that invoice back.
	 */
	public Invoice issue(long caseId, long amountKip, LocalizedText feeLabel, int daysToPay) {
		if (amountKip <= 0) {
			throw new IllegalArgumentException("A fee of " + amountKip + " kip needs no invoice");
		}
		if (daysToPay <= 0) {
			throw new IllegalArgumentException("An invoice must give at least a day to pay, not " + daysToPay);
		}
		Optional<Invoice> open = this.invoices.findFirstByCaseIdOrderByIdDesc(caseId)
			.filter((invoice) -> invoice.getStatus() == InvoiceStatus.ISSUED);
		if (open.isPresent()) {
			return open.get();
		}
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		LocalDateTime now = now();
		String series = "INV-" + caseFile.getAuthorityCode() + "-" + now.getYear();
		String number = NumberSeries.format(series, this.numbers.next(series));
		LocalDate due = now.toLocalDate().plusDays(daysToPay - 1L);
		Invoice invoice = this.invoices.save(new Invoice(number, caseId, caseFile.getCaseNumber(),
				caseFile.getCompanyId(), caseFile.getAuthorityCode(), amountKip, feeLabel, newReference(), now, due));
		this.caseFiles.awaitPayment(caseId, number, due.atTime(23, 59));
		this.audit.record(Actor.system().username(), "invoice.issued", SUBJECT, number, "case="
				+ caseFile.getCaseNumber() + " amountKip=" + amountKip + " due=" + due + " fee=" + feeLabel.en(), null);
		this.events.publishEvent(new InvoiceIssued(number, caseId, caseFile.getCaseNumber()));
		return invoice;
	}

	/**
	 * Books a payment the e-payment provider confirmed. The provider's transaction id
	 * makes it idempotent: the same transaction again changes nothing and answers as the
	 * first time did; another transaction for an invoice already paid is refused.
	 * @throws NotFoundException no invoice has that payment reference
	 * @throws ConflictException the amount is not exactly the invoice's, the invoice is
	 * paid or lapsed, or the transaction id was used for another payment
	 */
	public PaymentOutcome recordProviderPayment(ProviderPayment payment) {
		String transactionId = requireTransactionId(payment.transactionId());
		String reference = PaymentReferences.normalise(payment.paymentReference());
		Optional<Invoice> booked = this.invoices.findByProviderTransactionId(transactionId);
		if (booked.isPresent()) {
			Invoice invoice = booked.get();
			if (!invoice.getPaymentReference().equals(reference) || invoice.getAmountKip() != payment.amountKip()) {
				throw new ConflictException("payment.transactionReused",
						LocalizedText.of("ລະຫັດທຸລະກຳ " + transactionId + " ຖືກໃຊ້ກັບການຊຳລະອື່ນແລ້ວ",
								"Transaction " + transactionId + " was already booked for another payment"));
			}
			return outcome(invoice, true);
		}
		Invoice invoice = ((reference == null) ? Optional.<Invoice>empty()
				: this.invoices.findByPaymentReference(reference))
			.orElseThrow(() -> new NotFoundException("payment.unknownReference", LocalizedText
				.of("ບໍ່ມີໃບແຈ້ງໜີ້ທີ່ມີລະຫັດອ້າງອີງການຊຳລະນີ້", "No invoice has this payment reference")));
		LocalDateTime paidAt = (payment.paidAt() != null)
				? LocalDateTime.ofInstant(payment.paidAt(), this.clock.getZone()) : now();
		invoice.payThroughProvider(transactionId, payment.amountKip(), paidAt);
		this.invoices.flush();
		paid(invoice, Actor.system(), "through=PROVIDER transaction=" + transactionId + " amountKip="
				+ payment.amountKip() + " paidAt=" + paidAt, null);
		return outcome(invoice, false);
	}

	/**
	 * Books a bank receipt recorded by a section officer or the leadership of the
	 * invoice's authority; the scan is stored with the case's documents (content-checked
	 * like every upload).
	 */
	public PaymentOutcome recordReceipt(Actor officer, String invoiceNumber, ReceiptEntry receipt) {
		Invoice invoice = visibleInvoice(officer, invoiceNumber);
		if (officer.role() != Role.SECTION_OFFICER && officer.role() != Role.LEADERSHIP) {
			throw new ForbiddenException("payment.receiptForbidden",
					LocalizedText.of("ມີແຕ່ເຈົ້າໜ້າທີ່ຂະແໜງ ຫຼື ຄະນະພະແນກ ເທົ່ານັ້ນທີ່ບັນທຶກໃບຮັບເງິນໄດ້",
							"Only section officers and the leadership record receipts"));
		}
		String receiptNumber = requireReceipt(receipt);
		invoice.requirePayable();
		StoredDocument scan = this.documents.storeStaffRecord(officer, invoice.getCaseId(), RECEIPT_SCAN_TYPE,
				receipt.fileName(), receipt.scan());
		invoice.payByReceipt(receiptNumber, receipt.amountKip(), receipt.paidOn(), scan.getId(), officer.username(),
				now());
		this.invoices.flush();
		paid(invoice, officer,
				"through=RECEIPT receipt=" + receiptNumber + " amountKip=" + receipt.amountKip() + " paidOn="
						+ receipt.paidOn() + " scan=" + scan.getId() + " sha256=" + scan.getSha256(),
				this.authorities.delegationReferenceOf(officer));
		return outcome(invoice, false);
	}

	/**
	 * Reminds the applicant of an invoice that is still unpaid; nothing for one paid
	 * meanwhile.
	 */
	public void remind(String invoiceNumber) {
		Invoice invoice = invoice(invoiceNumber);
		if (invoice.getStatus() != InvoiceStatus.ISSUED) {
			return;
		}
		this.audit.record(Actor.system().username(), "invoice.reminded", SUBJECT, invoiceNumber,
				"due=" + invoice.getDueDate(), null);
		this.events.publishEvent(new InvoiceReminderDue(invoiceNumber, invoice.getCaseId(), invoice.getCaseNumber()));
	}

	/**
	 * The invoice was not paid in time: it lapses, and its application ends without a
	 * licence.
	 */
	public void lapse(String invoiceNumber) {
		Invoice invoice = invoice(invoiceNumber);
		invoice.lapse(now());
		this.caseFiles.lapse(invoice.getCaseId(), invoiceNumber);
		this.audit.record(Actor.system().username(), "invoice.lapsed", SUBJECT, invoiceNumber,
				"due=" + invoice.getDueDate(), null);
		this.events.publishEvent(new InvoiceLapsed(invoiceNumber, invoice.getCaseId(), invoice.getCaseNumber()));
	}

	/**
	 * The latest invoice of a case, for whoever may see the case.
	 */
	@Transactional(readOnly = true)
	public Optional<Invoice> invoiceOfCase(Actor actor, String caseNumber) {
		CaseFile caseFile = this.caseFiles.caseByNumber(actor, caseNumber);
		return this.invoices.findFirstByCaseIdOrderByIdDesc(caseFile.getId());
	}

	/**
	 * An invoice, for whoever may see its case; to anyone else it does not exist.
	 */
	@Transactional(readOnly = true)
	public Invoice invoice(Actor actor, String invoiceNumber) {
		return visibleInvoice(actor, invoiceNumber);
	}

	@Transactional(readOnly = true)
	public Invoice invoice(String invoiceNumber) {
		return this.invoices.findByInvoiceNumber((invoiceNumber == null) ? "" : invoiceNumber)
			.orElseThrow(() -> notFound(invoiceNumber));
	}

	/**
	 * The invoice as a PDF in Lao and English.
	 */
	@Transactional(readOnly = true)
	public byte[] invoicePdf(Actor actor, String invoiceNumber) {
		return this.papers.invoice(visibleInvoice(actor, invoiceNumber));
	}

	/**
	 * The receipt of a paid invoice as a PDF in Lao and English.
	 */
	@Transactional(readOnly = true)
	public byte[] receiptPdf(Actor actor, String invoiceNumber) {
		Invoice invoice = visibleInvoice(actor, invoiceNumber);
		if (invoice.getStatus() != InvoiceStatus.PAID) {
			throw new ConflictException("invoice.notPaid",
					LocalizedText.of("ໃບແຈ້ງໜີ້ " + invoiceNumber + " ຍັງບໍ່ໄດ້ຊຳລະ, ຍັງບໍ່ມີໃບຮັບເງິນ",
							"Invoice " + invoiceNumber + " is not paid: there is no receipt yet"));
		}
		return this.papers.receipt(invoice);
	}

	private void paid(Invoice invoice, Actor actor, String detail, String delegation) {
		this.caseFiles.recordFeePaid(invoice.getCaseId(), actor, invoice.getInvoiceNumber());
		this.audit.record(actor.username(), "invoice.paid", SUBJECT, invoice.getInvoiceNumber(),
				"case=" + invoice.getCaseNumber() + " " + detail, delegation);
		this.events
			.publishEvent(new InvoicePaid(invoice.getInvoiceNumber(), invoice.getCaseId(), invoice.getCaseNumber()));
	}

	private Invoice visibleInvoice(Actor actor, String invoiceNumber) {
		Invoice invoice = this.invoices.findByInvoiceNumber((invoiceNumber == null) ? "" : invoiceNumber)
			.orElseThrow(() -> notFound(invoiceNumber));
		if (!CaseFileService.visibleTo(actor, this.caseFiles.caseById(invoice.getCaseId()))) {
			throw notFound(invoiceNumber);
		}
		return invoice;
	}

	private static String requireTransactionId(String transactionId) {
		if (transactionId == null || transactionId.isBlank() || transactionId.strip().length() > MAX_TRANSACTION_ID
				|| SafeText.violation(transactionId).isPresent()) {
			LocalizedText text = LocalizedText.of("ລະຫັດທຸລະກຳບໍ່ຖືກຕ້ອງ",
					"The transaction id is required: at most " + MAX_TRANSACTION_ID + " plain characters");
			throw new InvalidInputException("payment.invalidTransaction", text,
					List.of(new FieldError("transactionId", text)));
		}
		return transactionId.strip();
	}

	private String requireReceipt(ReceiptEntry receipt) {
		List<FieldError> errors = new ArrayList<>();
		String number = (receipt.receiptNumber() == null) ? "" : receipt.receiptNumber().strip();
		if (number.isEmpty() || number.length() > MAX_RECEIPT_NUMBER) {
			errors.add(new FieldError("receiptNumber", LocalizedText.of("ກະລຸນາໃສ່ເລກທີໃບຮັບເງິນ",
					"Enter the receipt number (at most " + MAX_RECEIPT_NUMBER + " characters)")));
		}
		else {
			SafeText.violation(LocalizedText.of("ເລກທີໃບຮັບເງິນ", "Receipt number"), number)
				.ifPresent((text) -> errors.add(new FieldError("receiptNumber", text)));
		}
		if (receipt.amountKip() <= 0) {
			errors.add(new FieldError("amountKip",
					LocalizedText.of("ກະລຸນາໃສ່ຈຳນວນເງິນເປັນກີບ", "Enter the amount paid, in kip")));
		}
		if (receipt.paidOn() == null || receipt.paidOn().isAfter(now().toLocalDate())) {
			errors.add(new FieldError("paidOn", LocalizedText.of("ກະລຸນາໃສ່ວັນທີຊຳລະ (ບໍ່ແມ່ນວັນໃນອະນາຄົດ)",
					"Enter the day it was paid (not a day in the future)")));
		}
		if (receipt.scan() == null || receipt.scan().length == 0) {
			errors.add(new FieldError("file",
					LocalizedText.of("ກະລຸນາແນບໃບຮັບເງິນທີ່ສະແກນ", "Attach the scanned receipt")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("payment.invalidReceipt",
					LocalizedText.of("ຂໍ້ມູນໃບຮັບເງິນບໍ່ຖືກຕ້ອງ", "The receipt is not complete"), errors);
		}
		return number;
	}

	private String newReference() {
		String reference = this.references.next();
		while (this.invoices.existsByPaymentReference(reference)) {
			reference = this.references.next();
		}
		return reference;
	}

	private PaymentOutcome outcome(Invoice invoice, boolean repeated) {
		return new PaymentOutcome(invoice.getInvoiceNumber(), invoice.getCaseNumber(), invoice.getStatus(),
				invoice.getPaidAt(), repeated);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private static NotFoundException notFound(String invoiceNumber) {
		return new NotFoundException("invoice.notFound",
				LocalizedText.of("ບໍ່ພົບໃບແຈ້ງໜີ້ " + invoiceNumber, "No such invoice: " + invoiceNumber));
	}

}

package la.anuyat.payment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * The fee of an approved application, in whole kip, with the reference the applicant
 * quotes at the bank. It is paid once, for exactly its amount, either through the
 * e-payment provider or by a receipt an officer records; unpaid by its due date it
 * lapses.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

	/** Lao kip; the fee tables are in whole kip. */
	public static final String CURRENCY = "LAK";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "invoice_number", nullable = false, unique = true)
	private String invoiceNumber;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "case_number", nullable = false)
	private String caseNumber;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "amount_kip", nullable = false)
	private long amountKip;

	@Column(name = "currency", nullable = false)
	private String currency;

	@Column(name = "fee_label_lo", nullable = false)
	private String feeLabelLo;

	@Column(name = "fee_label_en", nullable = false)
	private String feeLabelEn;

	@Column(name = "payment_reference", nullable = false, unique = true)
	private String paymentReference;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private InvoiceStatus status;

	@Column(name = "issued_at", nullable = false)
	private LocalDateTime issuedAt;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "paid_at")
	private LocalDateTime paidAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "paid_through")
	private PaidThrough paidThrough;

	@Column(name = "provider_transaction_id", unique = true)
	private String providerTransactionId;

	@Column(name = "receipt_number")
	private String receiptNumber;

	@Column(name = "receipt_amount_kip")
	private Long receiptAmountKip;

	@Column(name = "receipt_date")
	private LocalDate receiptDate;

	@Column(name = "receipt_document_id")
	private Long receiptDocumentId;

	@Column(name = "receipt_recorded_by")
	private String receiptRecordedBy;

	@Column(name = "closed_at")
	private LocalDateTime closedAt;

	protected Invoice() {
	}

	Invoice(String invoiceNumber, long caseId, String caseNumber, long companyId, String authorityCode, long amountKip,
			LocalizedText feeLabel, String paymentReference, LocalDateTime issuedAt, LocalDate dueDate) {
		if (amountKip <= 0) {
			throw new IllegalArgumentException("An invoice is for a fee above zero kip, not " + amountKip);
		}
		this.invoiceNumber = invoiceNumber;
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.companyId = companyId;
		this.authorityCode = authorityCode;
		this.amountKip = amountKip;
		this.currency = CURRENCY;
		this.feeLabelLo = feeLabel.lo();
		this.feeLabelEn = feeLabel.en();
		this.paymentReference = paymentReference;
		this.issuedAt = issuedAt;
		this.dueDate = dueDate;
		this.status = InvoiceStatus.ISSUED;
	}

	/**
	 * Books the provider's confirmed payment. Refused unless the invoice awaits payment
	 * and the amount is exactly the invoice's.
	 */
	void payThroughProvider(String transactionId, long amountKip, LocalDateTime paidAt) {
		requirePayable();
		requireAmount(amountKip);
		this.providerTransactionId = transactionId;
		this.paidThrough = PaidThrough.PROVIDER;
		markPaid(paidAt);
	}

	/**
	 * Books a bank receipt an officer recorded. Refused unless the invoice awaits payment
	 * and the receipt is for exactly the invoice's amount.
	 */
	void payByReceipt(String receiptNumber, long amountKip, LocalDate paidOn, long scanDocumentId, String recordedBy,
			LocalDateTime at) {
		requirePayable();
		requireAmount(amountKip);
		this.receiptNumber = receiptNumber;
		this.receiptAmountKip = amountKip;
		this.receiptDate = paidOn;
		this.receiptDocumentId = scanDocumentId;
		this.receiptRecordedBy = recordedBy;
		this.paidThrough = PaidThrough.RECEIPT;
		markPaid(at);
	}

	void lapse(LocalDateTime at) {
		requirePayable();
		this.status = InvoiceStatus.LAPSED;
		this.closedAt = at;
	}

	void cancel(LocalDateTime at) {
		requirePayable();
		this.status = InvoiceStatus.CANCELLED;
		this.closedAt = at;
	}

	/**
	 * Whether a payment of this amount would be booked (the invoice awaits payment and
	 * the amount is exactly its own); refuses otherwise, in both languages.
	 */
	void requirePayable() {
		if (this.status == InvoiceStatus.PAID) {
			throw new ConflictException("invoice.alreadyPaid",
					LocalizedText.of("ໃບແຈ້ງໜີ້ " + this.invoiceNumber + " ຊຳລະແລ້ວ",
							"Invoice " + this.invoiceNumber + " is already paid"));
		}
		if (this.status != InvoiceStatus.ISSUED) {
			throw new ConflictException("invoice.notPayable",
					LocalizedText.of(
							"ໃບແຈ້ງໜີ້ " + this.invoiceNumber + " ບໍ່ສາມາດຊຳລະໄດ້ອີກ: " + this.status.label().lo(),
							"Invoice " + this.invoiceNumber + " can no longer be paid: " + this.status.label().en()));
		}
	}

	private void requireAmount(long amount) {
		if (amount != this.amountKip) {
			throw new ConflictException("payment.amountMismatch",
					LocalizedText.of(
							"ຈຳນວນເງິນ " + amount + " ກີບ ບໍ່ກົງກັບໃບແຈ້ງໜີ້ " + this.invoiceNumber + " ("
									+ this.amountKip + " ກີບ)",
							"The amount " + amount + " kip does not match invoice " + this.invoiceNumber + " ("
									+ this.amountKip + " kip)"));
		}
	}

	private void markPaid(LocalDateTime at) {
		this.status = InvoiceStatus.PAID;
		// milliseconds survive every database's timestamp type: a repeated callback
		// answers with the very time the first one stored
		this.paidAt = at.truncatedTo(ChronoUnit.MILLIS);
		this.closedAt = this.paidAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public long getAmountKip() {
		return this.amountKip;
	}

	public String getCurrency() {
		return this.currency;
	}

	public LocalizedText getFeeLabel() {
		return LocalizedText.of(this.feeLabelLo, this.feeLabelEn);
	}

	public String getPaymentReference() {
		return this.paymentReference;
	}

	public InvoiceStatus getStatus() {
		return this.status;
	}

	public LocalDateTime getIssuedAt() {
		return this.issuedAt;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public LocalDateTime getPaidAt() {
		return this.paidAt;
	}

	public PaidThrough getPaidThrough() {
		return this.paidThrough;
	}

	public String getProviderTransactionId() {
		return this.providerTransactionId;
	}

	public String getReceiptNumber() {
		return this.receiptNumber;
	}

	public Long getReceiptAmountKip() {
		return this.receiptAmountKip;
	}

	public LocalDate getReceiptDate() {
		return this.receiptDate;
	}

	public Long getReceiptDocumentId() {
		return this.receiptDocumentId;
	}

	public String getReceiptRecordedBy() {
		return this.receiptRecordedBy;
	}

	public LocalDateTime getClosedAt() {
		return this.closedAt;
	}

}

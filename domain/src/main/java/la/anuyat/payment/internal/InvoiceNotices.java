package la.anuyat.payment.internal;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.InvoiceIssued;
import la.anuyat.payment.InvoiceLapsed;
import la.anuyat.payment.InvoicePaid;
import la.anuyat.payment.InvoiceReminderDue;
import la.anuyat.payment.PaymentService;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about their fee: the invoice (amount, reference, due date), a
 * reminder before it lapses, the payment received, and the lapse. A notice in their pages
 * and a mail in the language of their account, in the transaction of the step itself (as
 * every applicant notice).
 */
@Component
class InvoiceNotices {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final PaymentService payments;

	private final CaseFileService caseFiles;

	private final CompanyNotices companyNotices;

	InvoiceNotices(PaymentService payments, CaseFileService caseFiles, CompanyNotices companyNotices) {
		this.payments = payments;
		this.caseFiles = caseFiles;
		this.companyNotices = companyNotices;
	}

	@EventListener
	void issued(InvoiceIssued event) {
		Invoice invoice = this.payments.invoice(event.invoiceNumber());
		String number = invoice.getCaseNumber();
		send(invoice, "invoiceIssued",
				LocalizedText.of("ຄຳຮ້ອງ " + number + ": ໄດ້ຮັບອະນຸມັດ, ກະລຸນາຊຳລະຄ່າທຳນຽມ",
						"Application " + number + ": approved, please pay the fee"),
				LocalizedText.of(
						"ຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານໄດ້ຮັບອະນຸມັດ. ໃບອະນຸຍາດຈະອອກໃຫ້ ເມື່ອທ່ານຊຳລະຄ່າທຳນຽມ.\n\n"
								+ details(invoice).lo(),
						"Your application " + number
								+ " was approved. The licence is issued once you have paid the fee.\n\n"
								+ details(invoice).en()));
	}

	@EventListener
	void reminderDue(InvoiceReminderDue event) {
		Invoice invoice = this.payments.invoice(event.invoiceNumber());
		String due = DATE.format(invoice.getDueDate());
		send(invoice, "invoiceReminder",
				LocalizedText.of("ເຕືອນ: ຊຳລະຄ່າທຳນຽມພາຍໃນວັນທີ " + due, "Reminder: pay the fee by " + due),
				LocalizedText.of(
						"ຄ່າທຳນຽມຂອງຄຳຮ້ອງເລກທີ " + invoice.getCaseNumber() + " ຍັງບໍ່ໄດ້ຊຳລະ. ຖ້າບໍ່ຊຳລະພາຍໃນວັນທີ "
								+ due + " ຄຳຮ້ອງຈະໝົດກຳນົດ ແລະ ຈະບໍ່ມີການອອກໃບອະນຸຍາດ.\n\n" + details(invoice).lo(),
						"The fee of your application " + invoice.getCaseNumber()
								+ " is not paid yet. Unless it is paid by " + due
								+ " the application lapses and no licence is issued.\n\n" + details(invoice).en()));
	}

	/**
	 * Before the payment process moves on, so that the applicant reads of the payment
	 * before the licence it releases.
	 */
	@EventListener
	@Order(1)
	void paid(InvoicePaid event) {
		Invoice invoice = this.payments.invoice(event.invoiceNumber());
		send(invoice, "invoicePaid",
				LocalizedText.of("ໄດ້ຮັບຄ່າທຳນຽມ " + invoice.getInvoiceNumber() + " ແລ້ວ",
						"Payment of " + invoice.getInvoiceNumber() + " received"),
				LocalizedText.of(
						"ພວກເຮົາໄດ້ຮັບເງິນຄ່າທຳນຽມ " + kip(invoice) + " ກີບ ຂອງຄຳຮ້ອງເລກທີ " + invoice.getCaseNumber()
								+ " ແລ້ວ. ໃບຮັບເງິນດາວໂຫຼດໄດ້ໃນໜ້າຄຳຮ້ອງຂອງທ່ານ.",
						"We have received the fee of " + kip(invoice) + " kip for your application "
								+ invoice.getCaseNumber()
								+ ". The receipt can be downloaded from your application's page."));
	}

	@EventListener
	void lapsed(InvoiceLapsed event) {
		Invoice invoice = this.payments.invoice(event.invoiceNumber());
		send(invoice, "invoiceLapsed",
				LocalizedText.of("ຄຳຮ້ອງ " + invoice.getCaseNumber() + " ໝົດກຳນົດ",
						"Application " + invoice.getCaseNumber() + " lapsed"),
				LocalizedText.of(
						"ຄ່າທຳນຽມ " + invoice.getInvoiceNumber() + " ບໍ່ໄດ້ຊຳລະພາຍໃນວັນທີ "
								+ DATE.format(invoice.getDueDate()) + ". ຄຳຮ້ອງເລກທີ " + invoice.getCaseNumber()
								+ " ໝົດກຳນົດ ແລະ ບໍ່ມີການອອກໃບອະນຸຍາດ; ທ່ານສາມາດຍື່ນຄຳຮ້ອງໃໝ່ໄດ້.",
						"Fee invoice " + invoice.getInvoiceNumber() + " was not paid by "
								+ DATE.format(invoice.getDueDate()) + ". Application " + invoice.getCaseNumber()
								+ " has lapsed and no licence is issued; you may apply again."));
	}

	private static LocalizedText details(Invoice invoice) {
		String amount = kip(invoice);
		String due = DATE.format(invoice.getDueDate());
		return LocalizedText.of(
				"ໃບແຈ້ງໜີ້: " + invoice.getInvoiceNumber() + "\nຄ່າທຳນຽມ: " + invoice.getFeeLabel().lo()
						+ "\nຈຳນວນເງິນ: " + amount + " ກີບ\nລະຫັດອ້າງອີງການຊຳລະ: " + invoice.getPaymentReference()
						+ "\nຊຳລະພາຍໃນວັນທີ: " + due,
				"Invoice: " + invoice.getInvoiceNumber() + "\nFee: " + invoice.getFeeLabel().en() + "\nAmount: "
						+ amount + " kip (LAK)\nPayment reference: " + invoice.getPaymentReference() + "\nPay by: "
						+ due);
	}

	private static String kip(Invoice invoice) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(invoice.getAmountKip());
	}

	private void send(Invoice invoice, String kind, LocalizedText subject, LocalizedText text) {
		CaseFile caseFile = this.caseFiles.caseById(invoice.getCaseId());
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				kind, subject, text, LocalizedText.of("ເບິ່ງຄຳຮ້ອງຂອງທ່ານ", "See your application"));
	}

}

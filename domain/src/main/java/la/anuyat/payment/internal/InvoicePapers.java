package la.anuyat.payment.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.licence.BilingualSheets;
import la.anuyat.licence.CertificateRow;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.payment.Invoice;

import org.springframework.stereotype.Component;

/**
 * The invoice and the receipt as one-page PDFs in Lao and English, set like the
 * certificate.
 */
@Component
public class InvoicePapers {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final BilingualSheets sheets;

	private final AuthorityService authorities;

	private final PartyService parties;

	InvoicePapers(BilingualSheets sheets, AuthorityService authorities, PartyService parties) {
		this.sheets = sheets;
		this.authorities = authorities;
		this.parties = parties;
	}

	public byte[] invoice(Invoice invoice) {
		Authority authority = this.authorities.authority(invoice.getAuthorityCode());
		Company company = this.parties.company(invoice.getCompanyId());
		List<CertificateRow> rows = List.of(payer(company),
				new CertificateRow("ເລກທີຄຳຮ້ອງ", "Application no.", invoice.getCaseNumber(), null),
				new CertificateRow("ຄ່າທຳນຽມ", "Fee", invoice.getFeeLabel().lo(), invoice.getFeeLabel().en()),
				amount(invoice),
				new CertificateRow("ລະຫັດອ້າງອີງການຊຳລະ", "Payment reference", invoice.getPaymentReference(), null),
				new CertificateRow("ວັນທີອອກ", "Issued on", date(invoice.getIssuedAt()), null),
				new CertificateRow("ຊຳລະພາຍໃນວັນທີ", "Pay by", date(invoice.getDueDate()), null), new CertificateRow(
						"ສະຖານະ", "Status", invoice.getStatus().label().lo(), invoice.getStatus().label().en()));
		return this.sheets
			.render(new BilingualSheets.Sheet("Fee invoice " + invoice.getInvoiceNumber(), "ໃບແຈ້ງໜີ້ຄ່າທຳນຽມ",
					"Fee invoice", invoice.getInvoiceNumber(), authority.getNameLo(), authority.getNameEn(), rows,
					"ກະລຸນາຊຳລະຕາມຈຳນວນເງິນທີ່ລະບຸ ພາຍໃນວັນທີ " + date(invoice.getDueDate())
							+ " ຜ່ານລະບົບຊຳລະເງິນເອເລັກໂຕຣນິກ ຫຼື ທີ່ທະນາຄານ ໂດຍອ້າງອີງລະຫັດ "
							+ invoice.getPaymentReference() + ". ໃບອະນຸຍາດຈະອອກໃຫ້ ເມື່ອໄດ້ຮັບການຊຳລະແລ້ວ.",
					"Please pay exactly the amount shown by " + date(invoice.getDueDate())
							+ " through the e-payment service or at the bank, quoting the reference "
							+ invoice.getPaymentReference() + ". The licence is issued once the payment is received."));
	}

	public byte[] receipt(Invoice invoice) {
		Authority authority = this.authorities.authority(invoice.getAuthorityCode());
		Company company = this.parties.company(invoice.getCompanyId());
		String paidThroughLo = invoice.getPaidThrough().label().lo();
		String paidThroughEn = invoice.getPaidThrough().label().en();
		String proof = (invoice.getReceiptNumber() != null) ? invoice.getReceiptNumber()
				: invoice.getProviderTransactionId();
		List<CertificateRow> rows = List.of(payer(company),
				new CertificateRow("ໃບແຈ້ງໜີ້", "Invoice", invoice.getInvoiceNumber(), null),
				new CertificateRow("ເລກທີຄຳຮ້ອງ", "Application no.", invoice.getCaseNumber(), null),
				new CertificateRow("ຄ່າທຳນຽມ", "Fee", invoice.getFeeLabel().lo(), invoice.getFeeLabel().en()),
				amount(invoice), new CertificateRow("ວັນທີຊຳລະ", "Paid on", date(invoice.getPaidAt()), null),
				new CertificateRow("ວິທີຊຳລະ", "Paid through", paidThroughLo, paidThroughEn),
				new CertificateRow("ເລກທີອ້າງອີງ", "Receipt / transaction no.", proof, null));
		return this.sheets.render(new BilingualSheets.Sheet("Receipt for invoice " + invoice.getInvoiceNumber(),
				"ໃບຮັບເງິນຄ່າທຳນຽມ", "Fee receipt", invoice.getInvoiceNumber(), authority.getNameLo(),
				authority.getNameEn(), rows, "ໄດ້ຮັບເງິນຄ່າທຳນຽມຄົບຖ້ວນແລ້ວ.", "The fee has been received in full."));
	}

	private static CertificateRow payer(Company company) {
		String en = company.getNameEn();
		return new CertificateRow("ຜູ້ຊຳລະ", "Payer", company.getNameLo(),
				(en == null || en.isBlank() || en.equals(company.getNameLo())) ? null : en);
	}

	private static CertificateRow amount(Invoice invoice) {
		String amount = NumberFormat.getIntegerInstance(Locale.ROOT).format(invoice.getAmountKip());
		return new CertificateRow("ຈຳນວນເງິນ", "Amount", amount + " ກີບ", amount + " " + invoice.getCurrency());
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

	private static String date(LocalDateTime at) {
		return (at != null) ? DATE.format(at) : "—";
	}

}

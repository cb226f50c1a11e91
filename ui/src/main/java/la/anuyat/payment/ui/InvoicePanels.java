package la.anuyat.payment.ui;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import la.anuyat.app.ui.Fact;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.InvoiceStatus;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ReceiptEntry;
import la.anuyat.shared.DomainException;

/**
 * The fee panel of a case, for the applicant's page and the officer's case view: what to
 * pay, the reference to quote, by when, the status and the PDFs; for a section officer or
 * the leadership of the authority, while the invoice is unpaid, the entry of the bank's
 * receipt with its scan.
 */
@org.springframework.stereotype.Component
public class InvoicePanels {

	private final PaymentService payments;

	InvoicePanels(PaymentService payments) {
		this.payments = payments;
	}

	/**
	 * The panel of the case's invoice, or nothing while it has none.
	 * @param afterPayment what the view does once a receipt is recorded (show the case
	 * again)
	 */
	public Optional<Div> forCase(Actor actor, String caseNumber, Runnable afterPayment) {
		return this.payments.invoiceOfCase(actor, caseNumber).map((invoice) -> panel(actor, invoice, afterPayment));
	}

	private Div panel(Actor actor, Invoice invoice, Runnable afterPayment) {
		Div panel = new Div();
		panel.setId("invoice-panel");
		panel.addClassName("task-panel");
		panel.add(new H3(panel.getTranslation("invoice.title")));
		panel.add(new Fact(panel.getTranslation("invoice.number"), invoice.getInvoiceNumber())
			.withValueId("invoice-number"));
		panel.add(new Fact(panel.getTranslation("invoice.fee"), UserMessages.in(invoice.getFeeLabel()))
			.withValueId("invoice-fee"));
		panel.add(new Fact(panel.getTranslation("invoice.amount"),
				panel.getTranslation("invoice.amountValue", kip(invoice.getAmountKip())))
			.withValueId("invoice-amount"));
		panel.add(new Fact(panel.getTranslation("invoice.reference"), invoice.getPaymentReference())
			.withValueId("invoice-reference"));
		panel.add(new Fact(panel.getTranslation("invoice.due"), DisplayFormats.date(invoice.getDueDate()))
			.withValueId("invoice-due"));
		panel.add(new Fact(panel.getTranslation("invoice.status"), UserMessages.in(invoice.getStatus().label()))
			.withValueId("invoice-status"));
		if (invoice.getStatus() == InvoiceStatus.PAID) {
			panel.add(new Fact(panel.getTranslation("invoice.paidAt"), DisplayFormats.date(invoice.getPaidAt()))
				.withValueId("invoice-paid-at"));
			panel.add(new Fact(panel.getTranslation("invoice.paidThrough"),
					UserMessages.in(invoice.getPaidThrough().label()))
				.withValueId("invoice-paid-through"));
		}
		else if (invoice.getStatus() == InvoiceStatus.ISSUED && actor.isApplicant()) {
			panel.add(new Paragraph(panel.getTranslation("invoice.howToPay")));
		}
		Div downloads = new Div(download(panel, "invoice.download", invoice.getInvoiceNumber() + ".pdf",
				() -> this.payments.invoicePdf(actor, invoice.getInvoiceNumber()), "invoice-download"));
		if (invoice.getStatus() == InvoiceStatus.PAID) {
			downloads.add(download(panel, "invoice.receiptDownload", invoice.getInvoiceNumber() + "-receipt.pdf",
					() -> this.payments.receiptPdf(actor, invoice.getInvoiceNumber()), "invoice-receipt-download"));
		}
		panel.add(downloads);
		if (invoice.getStatus() == InvoiceStatus.ISSUED
				&& (actor.role() == Role.SECTION_OFFICER || actor.role() == Role.LEADERSHIP)) {
			panel.add(receiptForm(panel, actor, invoice, afterPayment));
		}
		return panel;
	}

	private Div receiptForm(Div panel, Actor officer, Invoice invoice, Runnable afterPayment) {
		TextField number = new TextField(panel.getTranslation("invoice.receipt.number"));
		number.setId("receipt-number");
		number.setMaxLength(100);
		IntegerField amount = new IntegerField(panel.getTranslation("invoice.receipt.amount"));
		amount.setId("receipt-amount");
		amount.setMin(1);
		DatePicker paidOn = new DatePicker(panel.getTranslation("invoice.receipt.paidOn"), LocalDate.now());
		paidOn.setId("receipt-paid-on");
		paidOn.setMax(LocalDate.now());
		AtomicReference<String> scanName = new AtomicReference<>();
		AtomicReference<byte[]> scan = new AtomicReference<>();
		Span attached = new Span();
		attached.setId("receipt-scan-attached");
		Upload upload = new Upload();
		upload.setId("receipt-scan");
		upload.setMaxFiles(1);
		upload.setUploadButton(new Button(panel.getTranslation("invoice.receipt.scan")));
		upload.setDropLabel(new Span(panel.getTranslation("invoice.receipt.drop")));
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			scanName.set(metadata.fileName());
			scan.set(bytes);
			attached.setText(panel.getTranslation("invoice.receipt.scanAttached", metadata.fileName()));
		}));
		Button record = new Button(panel.getTranslation("invoice.receipt.record"), (event) -> {
			if (scan.get() == null) {
				UserMessages.errorMessage(panel.getTranslation("invoice.receipt.noScan"));
				return;
			}
			try {
				this.payments.recordReceipt(officer, invoice.getInvoiceNumber(),
						new ReceiptEntry(number.getValue(), (amount.getValue() == null) ? 0 : amount.getValue(),
								paidOn.getValue(), scanName.get(), scan.get()));
				UserMessages.success(panel.getTranslation("invoice.receipt.recorded", invoice.getInvoiceNumber()));
				afterPayment.run();
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		record.setId("receipt-record");
		record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(new H3(panel.getTranslation("invoice.receipt.title")), number, amount, paidOn, upload,
				attached, record);
		form.setId("receipt-form");
		return form;
	}

	private static Anchor download(Component owner, String key, String fileName, Supplier<byte[]> pdf, String id) {
		DownloadHandler handler = DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = pdf.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
		});
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, owner.getTranslation(key));
		anchor.setId(id);
		anchor.addClassName("button-like");
		return anchor;
	}

	private static String kip(long amount) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
	}

}

package la.anuyat.payment;

import java.time.LocalDate;
import java.time.LocalDateTime;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

	@Test
	void isPaidOnlyForExactlyItsAmountAndOnlyOnce() {
		Invoice invoice = issued(500_000L);
		assertThatThrownBy(() -> invoice.payThroughProvider("TX-1", 499_999L, NOW)).isInstanceOfSatisfying(
				ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("payment.amountMismatch"));
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);

		invoice.payThroughProvider("TX-1", 500_000L, NOW);
		assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
		assertThatThrownBy(() -> invoice.payByReceipt("R-1", 500_000L, NOW.toLocalDate(), 1L, "officer", NOW))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("invoice.alreadyPaid"));
		assertThat(invoice.getProviderTransactionId()).isEqualTo("TX-1");
	}

	@Test
	void isNotPaidOnceLapsed() {
		Invoice invoice = issued(300_000L);
		invoice.lapse(NOW);
		assertThatThrownBy(() -> invoice.payThroughProvider("TX-1", 300_000L, NOW))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("invoice.notPayable");
				assertThat(ex.text().lo()).isNotBlank();
			});
	}

	@Test
	void givesUnguessableReferencesAndReadsWhatAPersonTypesLeniently() {
		PaymentReferences references = new PaymentReferences();
		String reference = references.next();
		assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(references.next()).isNotEqualTo(reference);
		assertThat(PaymentReferences.normalise(" 7kq2 m9xd 3rta ")).isEqualTo("7KQ2-M9XD-3RTA");
		assertThat(PaymentReferences.normalise("OIL0-0000-0000")).isEqualTo("0110-0000-0000");
		assertThat(PaymentReferences.normalise("7KQ2-M9XD-3RT")).isNull();
		assertThat(PaymentReferences.normalise("7KQ2-M9XD-3RTU")).isNull();
		assertThat(PaymentReferences.normalise(null)).isNull();
	}

	private static Invoice issued(long amountKip) {
		return new Invoice("INV-VTE-2026-000001", 1L, "ICT-VTE-2026-000001", 1L, "VTE", amountKip,
				LocalizedText.of("ຄ່າທຳນຽມ", "Fee"), "7KQ2-M9XD-3RTA", NOW, LocalDate.of(2026, 3, 31));
	}

}

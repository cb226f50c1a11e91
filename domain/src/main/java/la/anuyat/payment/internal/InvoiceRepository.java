package la.anuyat.payment.internal;

import java.util.Optional;

import la.anuyat.payment.Invoice;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

	Optional<Invoice> findByInvoiceNumber(String invoiceNumber);

	Optional<Invoice> findByPaymentReference(String paymentReference);

	Optional<Invoice> findByProviderTransactionId(String providerTransactionId);

	Optional<Invoice> findFirstByCaseIdOrderByIdDesc(long caseId);

	boolean existsByPaymentReference(String paymentReference);

}

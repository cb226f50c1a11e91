package la.anuyat.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import la.anuyat.casefile.internal.NumberCounter;
import la.anuyat.casefile.internal.NumberCounterRepository;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out gap-free numbers per series ("ICT-VTE-2026" → 1, 2, 3 …) from a counter table
 * locked pessimistically; works alike on H2 and PostgreSQL and across application nodes.
 * Used for case numbers and licence numbers.
 */
@Component
public class NumberSeries {

	private final NumberCounterRepository counters;

	private final EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	public NumberSeries(NumberCounterRepository counters, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.counters = counters;
		this.entityManager = entityManager;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number of the series, within the caller's transaction (so a rolled-back
	 * case does not use up a number).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String series) {
		NumberCounter counter = this.counters.findForUpdate(series).orElse(null);
		if (counter == null) {
			createSeries(series);
			counter = this.counters.findForUpdate(series).orElseThrow();
		}
		return counter.next();
	}

	/**
	 * Formats a number like {@code ICT-VTE-2026-000123}.
	 */
	public static String format(String series, long number) {
		return series + "-" + String.format("%06d", number);
	}

	private void createSeries(String series) {
		try {
			// in its own transaction: when another node creates the same series at the
			// same moment, only
			// this insert fails, not the caller's work
			// (persist, never merge: a merge would overwrite a concurrently created
			// counter with zero)
			this.newTransaction.executeWithoutResult((status) -> {
				this.entityManager.persist(new NumberCounter(series));
				this.entityManager.flush();
			});
		}
		catch (DataIntegrityViolationException | PersistenceException ex) {
			// created concurrently: fine, the row exists now
		}
	}

}

package la.anuyat.search.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.search.LaoText;
import la.anuyat.search.LicenceRegister;
import la.anuyat.search.RegisterEntry;
import la.anuyat.search.RegisterPage;
import la.anuyat.search.RegisterQuery;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link LicenceRegister} on Hibernate Search. Projects only the public fields, so the
 * rest of a licence never leaves the index through this path.
 */
@Service
@Transactional(readOnly = true)
class HibernateLicenceRegister implements LicenceRegister {

	private final EntityManager entityManager;

	private final Clock clock;

	HibernateLicenceRegister(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public RegisterPage search(RegisterQuery query) {
		SearchText.checkPaging(query.page(), query.size());
		String text = SearchText.prepare(query.text());
		LocalDate today = LocalDate.now(this.clock);
		SearchResult<RegisterEntry> result = Search.session(this.entityManager)
			.search(Licence.class)
			.select((f) -> f.composite()
				.from(f.field(SearchFields.HOLDER_NAME_LO, String.class),
						f.field(SearchFields.HOLDER_NAME_EN, String.class),
						f.field(SearchFields.LICENCE_TYPE, String.class),
						f.field(SearchFields.LICENCE_NUMBER, String.class),
						f.field(SearchFields.STATUS, LicenceStatus.class),
						f.field(SearchFields.ISSUED_ON, LocalDate.class),
						f.field(SearchFields.VALID_UNTIL, LocalDate.class),
						f.field(SearchFields.AUTHORITY, String.class),
						f.field(SearchFields.SUSPENDED_UNTIL, LocalDate.class),
						f.field(SearchFields.STATUS_REASON, StatusReason.class))
				.asList((row) -> entry(row, today)))
			.where((f) -> predicate(f, query, text, today))
			.sort((f) -> (text == null) ? f.field(SearchFields.LICENCE_NUMBER)
					: f.score().then().field(SearchFields.LICENCE_NUMBER))
			.fetch(query.page() * query.size(), query.size());
		return new RegisterPage(result.hits(), result.total().hitCount(), query.page(), query.size());
	}

	private static BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, RegisterQuery query, String text,
			LocalDate today) {
		BooleanPredicateClausesStep<?> bool = f.bool();
		bool.must((text == null) ? f.matchAll()
				: f.simpleQueryString()
					.fields(SearchFields.HOLDER_NAME_LO, SearchFields.HOLDER_NAME_EN, SearchFields.LICENCE_NUMBER_TEXT)
					.matching(text)
					.defaultOperator(BooleanOperator.AND));
		if (query.licenceType() != null && !query.licenceType().isBlank()) {
			bool.filter(f.match().field(SearchFields.LICENCE_TYPE).matching(query.licenceType().strip()));
		}
		if (query.province() != null && !query.province().isBlank()) {
			bool.filter(f.match().field(SearchFields.AUTHORITY).matching(query.province().strip()));
		}
		if (query.status() != null) {
			bool.filter(status(f, query.status(), today));
		}
		return bool;
	}

	/**
	 * The same rule as {@link Licence#verificationStatus(LocalDate)}, as a predicate: an
	 * active licence past its validity date is expired.
	 */
	private static PredicateFinalStep status(SearchPredicateFactory f, VerificationStatus status, LocalDate today) {
		return switch (status) {
			case VALID -> f.bool()
				.must(f.match().field(SearchFields.STATUS).matching(LicenceStatus.ACTIVE))
				.must(f.range().field(SearchFields.VALID_UNTIL).atLeast(today));
			case SUSPENDED -> f.bool()
				.must(f.match().field(SearchFields.STATUS).matching(LicenceStatus.SUSPENDED))
				.must(f.range().field(SearchFields.VALID_UNTIL).atLeast(today));
			case EXPIRED -> f.or(f.match().field(SearchFields.STATUS).matching(LicenceStatus.EXPIRED),
					f.and(f.or(f.match().field(SearchFields.STATUS).matching(LicenceStatus.ACTIVE),
							f.match().field(SearchFields.STATUS).matching(LicenceStatus.SUSPENDED)),
							f.range().field(SearchFields.VALID_UNTIL).lessThan(today)));
			case REVOKED -> f.match().field(SearchFields.STATUS).matching(LicenceStatus.REVOKED);
			case CANCELLED -> f.match().field(SearchFields.STATUS).matching(LicenceStatus.CANCELLED);
			case SUPERSEDED -> f.match().field(SearchFields.STATUS).matching(LicenceStatus.SUPERSEDED);
			case UNKNOWN -> f.not(f.matchAll());
		};
	}

	private static RegisterEntry entry(List<?> row, LocalDate today) {
		LicenceStatus recorded = (LicenceStatus) row.get(4);
		LocalDate validUntil = (LocalDate) row.get(6);
		VerificationStatus status = switch (recorded) {
			case REVOKED -> VerificationStatus.REVOKED;
			case CANCELLED -> VerificationStatus.CANCELLED;
			case SUPERSEDED -> VerificationStatus.SUPERSEDED;
			case EXPIRED -> VerificationStatus.EXPIRED;
			case SUSPENDED -> validUntil.isBefore(today) ? VerificationStatus.EXPIRED : VerificationStatus.SUSPENDED;
			case ACTIVE -> validUntil.isBefore(today) ? VerificationStatus.EXPIRED : VerificationStatus.VALID;
		};
		// the suspension's end and the reason's category only where they are the answer
		boolean suspended = status == VerificationStatus.SUSPENDED;
		boolean ended = status != VerificationStatus.VALID && status != VerificationStatus.EXPIRED;
		return new RegisterEntry(LaoText.unsegment((String) row.get(0)), LaoText.unsegment((String) row.get(1)),
				(String) row.get(2), (String) row.get(3), status, (LocalDate) row.get(5), validUntil,
				(String) row.get(7), suspended ? (LocalDate) row.get(8) : null,
				ended ? (StatusReason) row.get(9) : null);
	}

}

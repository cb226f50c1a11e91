package la.anuyat.search.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.search.CaseHit;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearch;
import la.anuyat.search.CaseSearchResult;
import la.anuyat.search.CaseSort;
import la.anuyat.search.FacetCount;
import la.anuyat.search.LaoText;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseSearch} on Hibernate Search. Hits are read from the index alone
 * (projections), never from the database.
 */
@Service
@Transactional(readOnly = true)
class HibernateCaseSearch implements CaseSearch {

	private static final int MAX_FACET_VALUES = 100;

	private static final int HIGHLIGHT_FRAGMENTS = 3;

	private static final AggregationKey<Map<String, Long>> TYPE = AggregationKey.of(CaseSearchResult.TYPE);

	private static final AggregationKey<Map<CaseStatus, Long>> STATUS = AggregationKey.of(CaseSearchResult.STATUS);

	private static final AggregationKey<Map<String, Long>> PROVINCE = AggregationKey.of(CaseSearchResult.PROVINCE);

	private static final AggregationKey<Map<Integer, Long>> YEAR = AggregationKey.of(CaseSearchResult.YEAR);

	private final EntityManager entityManager;

	HibernateCaseSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public CaseSearchResult search(Actor actor, CaseQuery query) {
		if (actor == null || actor.role() == null) {
			throw new ForbiddenException("search.forbidden",
					LocalizedText.of("ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນຄົ້ນຫາຄຳຮ້ອງ", "Log in to search cases"));
		}
		SearchText.checkPaging(query.page(), query.size());
		String text = SearchText.prepare(query.text());
		SearchSession session = Search.session(this.entityManager);
		SearchResult<List<?>> result = session.search(CaseFile.class)
			.select((f) -> f.composite()
				.from(projections(f, text, textFields(actor)).toArray(ProjectionFinalStep<?>[]::new))
				.asList())
			.where((f) -> predicate(f, actor, query, text))
			.sort((f) -> sort(f, query.sort(), text))
			.highlighter((h) -> h.unified()
				.tag("<em>", "</em>")
				.encoder(HighlighterEncoder.HTML)
				.numberOfFragments(HIGHLIGHT_FRAGMENTS))
			.aggregation(TYPE,
					(f) -> f.terms().field(SearchFields.CASE_TYPE, String.class).maxTermCount(MAX_FACET_VALUES))
			.aggregation(STATUS,
					(f) -> f.terms().field(SearchFields.STATUS, CaseStatus.class).maxTermCount(MAX_FACET_VALUES))
			.aggregation(PROVINCE,
					(f) -> f.terms().field(SearchFields.PROVINCE, String.class).maxTermCount(MAX_FACET_VALUES))
			.aggregation(YEAR,
					(f) -> f.terms()
						.field(SearchFields.YEAR, Integer.class, ValueModel.INDEX)
						.maxTermCount(MAX_FACET_VALUES))
			.fetch(query.page() * query.size(), query.size());
		List<CaseHit> hits = result.hits().stream().map((row) -> hit(row, text != null)).toList();
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		facets.put(CaseSearchResult.TYPE, counts(result.aggregation(TYPE), Function.identity()));
		facets.put(CaseSearchResult.STATUS, counts(result.aggregation(STATUS), CaseStatus::name));
		facets.put(CaseSearchResult.PROVINCE, counts(result.aggregation(PROVINCE), Function.identity()));
		facets.put(CaseSearchResult.YEAR, counts(result.aggregation(YEAR), String::valueOf));
		return new CaseSearchResult(hits, result.total().hitCount(), facets);
	}

	/**
	 * The free text an actor searches and sees highlighted: staff all of it, applicants
	 * not the staff's internal notes, which they are never shown.
	 */
	private static List<String> textFields(Actor actor) {
		return actor.isApplicant()
				? SearchFields.CASE_TEXT.stream().filter((field) -> !field.equals(SearchFields.NOTE_TEXT)).toList()
				: SearchFields.CASE_TEXT;
	}

	private static List<ProjectionFinalStep<?>> projections(
			org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f, String text,
			List<String> textFields) {
		List<ProjectionFinalStep<?>> projections = new ArrayList<>();
		projections.add(f.field(SearchFields.CASE_NUMBER, String.class));
		projections.add(f.field(SearchFields.CASE_TYPE, String.class));
		projections.add(f.field(SearchFields.STATUS, CaseStatus.class));
		projections.add(f.field(SearchFields.AUTHORITY, String.class));
		projections.add(f.field(SearchFields.PROVINCE, String.class));
		projections.add(f.field(FormDataBinder.COMPANY_NAME_LO, String.class));
		projections.add(f.field(FormDataBinder.COMPANY_NAME_EN, String.class));
		projections.add(f.field(SearchFields.REFERENCE, String.class).multi());
		projections.add(f.field(SearchFields.SUBMITTED_AT, LocalDateTime.class));
		if (text != null) {
			for (String field : textFields) {
				projections.add(f.highlight(field));
			}
		}
		return projections;
	}

	/**
	 * Jurisdiction and the other filters are clauses of the query itself, so that neither
	 * the total nor any facet counts a case the actor may not see.
	 */
	private static BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, Actor actor, CaseQuery query,
			String text) {
		BooleanPredicateClausesStep<?> bool = f.bool();
		if (text == null) {
			bool.must(f.matchAll());
		}
		else {
			bool.must(f.simpleQueryString()
				.fields(textFields(actor).toArray(String[]::new))
				.fields(SearchFields.CASE_IDENTIFIERS.toArray(String[]::new))
				.matching(text)
				.defaultOperator(BooleanOperator.AND));
		}
		if (actor.isApplicant()) {
			// an applicant searches the own company's cases, drafts included
			bool.filter((actor.companyId() == null) ? f.not(f.matchAll())
					: f.match().field(SearchFields.COMPANY).matching(actor.companyId()));
		}
		else {
			bool.filter(f.not(f.match().field(SearchFields.STATUS).matching(CaseStatus.DRAFT)));
			if (!actor.seesEveryAuthority()) {
				bool.filter((actor.authorityCode() == null) ? f.not(f.matchAll())
						: f.match().field(SearchFields.AUTHORITY).matching(actor.authorityCode()));
			}
		}
		anyOf(f, bool, SearchFields.CASE_TYPE, query.caseTypes());
		anyOf(f, bool, SearchFields.STATUS, query.statuses());
		anyOf(f, bool, SearchFields.PROVINCE, query.provinces());
		if (!query.years().isEmpty()) {
			bool.filter(f.terms().field(SearchFields.YEAR).matchingAny(query.years(), ValueModel.INDEX));
		}
		return bool;
	}

	private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, String field,
			Set<?> values) {
		if (!values.isEmpty()) {
			bool.filter(f.terms().field(field).matchingAny(values));
		}
	}

	private static SortFinalStep sort(SearchSortFactory f, CaseSort sort, String text) {
		CaseSort effective = (sort == CaseSort.RELEVANCE && text == null) ? CaseSort.NEWEST : sort;
		return switch (effective) {
			case RELEVANCE -> f.composite((c) -> {
				c.add(f.score());
				c.add(f.field(SearchFields.SUBMITTED_AT).desc().missing().last());
				c.add(f.field(SearchFields.CASE_NUMBER));
			});
			case NEWEST -> f.composite((c) -> {
				c.add(f.field(SearchFields.SUBMITTED_AT).desc().missing().last());
				c.add(f.field(SearchFields.CREATED_AT).desc());
				c.add(f.field(SearchFields.CASE_NUMBER).desc());
			});
			case OLDEST -> f.composite((c) -> {
				c.add(f.field(SearchFields.SUBMITTED_AT).asc().missing().last());
				c.add(f.field(SearchFields.CREATED_AT).asc());
				c.add(f.field(SearchFields.CASE_NUMBER).asc());
			});
			case CASE_NUMBER -> f.field(SearchFields.CASE_NUMBER).asc();
		};
	}

	@SuppressWarnings("unchecked")
	private static CaseHit hit(List<?> row, boolean highlighted) {
		List<String> highlights = new ArrayList<>();
		if (highlighted) {
			for (int i = 9; i < row.size(); i++) {
				for (String fragment : (List<String>) row.get(i)) {
					highlights.add(readable(fragment));
				}
			}
		}
		return new CaseHit((String) row.get(0), (String) row.get(1), (CaseStatus) row.get(2), (String) row.get(3),
				(String) row.get(4), LaoText.unsegment((String) row.get(5)), LaoText.unsegment((String) row.get(6)),
				(List<String>) row.get(7), (LocalDateTime) row.get(8), highlights);
	}

	/**
	 * Drops the word separators inserted for indexing and joins the marks of neighbouring
	 * words of one match ({@code <em>ຫຼວງ</em><em>ພະບາງ</em>} →
	 * {@code <em>ຫຼວງພະບາງ</em>}).
	 */
	static String readable(String fragment) {
		return LaoText.unsegment(fragment).replace("</em><em>", "");
	}

	private static <K> List<FacetCount> counts(Map<K, Long> counts, Function<K, String> label) {
		return counts.entrySet()
			.stream()
			.map((e) -> new FacetCount(label.apply(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
			.toList();
	}

}

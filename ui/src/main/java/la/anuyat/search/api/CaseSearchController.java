package la.anuyat.search.api;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.search.CaseHit;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearch;
import la.anuyat.search.CaseSearchResult;
import la.anuyat.search.CaseSort;
import la.anuyat.search.FacetCount;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officers' case search. Filtered by the caller's jurisdiction inside the search
 * itself: a provincial officer's hits, total and facet counts never include another
 * province's cases; ministry officers and administrators search every authority.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text case search for staff, with highlights and facet counts")
class CaseSearchController {

	private final CurrentActor currentActor;

	private final CaseSearch caseSearch;

	CaseSearchController(CurrentActor currentActor, CaseSearch caseSearch) {
		this.currentActor = currentActor;
		this.caseSearch = caseSearch;
	}

	@GetMapping
	@Operation(summary = "Search the cases in the caller's jurisdiction (staff only)",
			description = "q uses the simple query syntax: words are ANDed, \"…\" for a phrase, -word to exclude, "
					+ "| for OR; empty q lists every visible case, newest first. type, status, province and year "
					+ "may be repeated (any of). sort: relevance (default), newest, oldest, case_number. "
					+ "page counts from 0; size 1 to 100 (default 20). Highlights are HTML-escaped text whose "
					+ "only markup is <em>…</em> around matches.")
	SearchAnswer search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "type", required = false) List<String> types,
			@RequestParam(name = "status", required = false) List<CaseStatus> statuses,
			@RequestParam(name = "province", required = false) List<String> provinces,
			@RequestParam(name = "year", required = false) List<Integer> years,
			@Parameter(description = "relevance, newest, oldest or case_number") @RequestParam(name = "sort",
					required = false) String sort,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + CaseQuery.DEFAULT_SIZE) int size, Locale locale) {
		Actor actor = this.currentActor.actor();
		if (!actor.isStaff()) {
			throw new ForbiddenException("search.staffOnly",
					LocalizedText.of(
							"ມີແຕ່ພະນັກງານເທົ່ານັ້ນທີ່ຄົ້ນຫາຄຳຮ້ອງໄດ້; ຜູ້ຍື່ນຄຳຮ້ອງເບິ່ງຄຳຮ້ອງຂອງຕົນທີ່ /api/v1/cases",
							"Only staff search cases; applicants find their own cases at /api/v1/cases"));
		}
		CaseQuery query = new CaseQuery(text, setOf(types), setOf(statuses), setOf(provinces), setOf(years),
				sortOf(sort), page, size);
		CaseSearchResult result = this.caseSearch.search(actor, query);
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (String key : List.of(CaseSearchResult.TYPE, CaseSearchResult.STATUS, CaseSearchResult.PROVINCE,
				CaseSearchResult.YEAR)) {
			facets.put(key, result.facet(key));
		}
		return new SearchAnswer(result.hits().stream().map((hit) -> Hit.of(hit, locale)).toList(), result.total(), page,
				size, facets);
	}

	static CaseSort sortOf(String sort) {
		if (sort == null || sort.isBlank()) {
			return CaseSort.RELEVANCE;
		}
		String name = sort.strip().replace('-', '_');
		for (CaseSort candidate : CaseSort.values()) {
			if (candidate.name().equalsIgnoreCase(name) || candidate.name().replace("_", "").equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		LocalizedText text = LocalizedText.of("ການຮຽງລຳດັບບໍ່ຖືກຕ້ອງ: ໃຊ້ relevance, newest, oldest ຫຼື case_number",
				"Unknown sort order: use relevance, newest, oldest or case_number");
		throw new InvalidInputException("search.sort", text, List.of(new FieldError("sort", text)));
	}

	private static <T> Set<T> setOf(List<T> values) {
		return (values == null) ? Set.of() : Set.copyOf(values.stream().filter((value) -> value != null).toList());
	}

	/**
	 * One page of hits, the total within the caller's jurisdiction, and the facet counts
	 * of the whole result (keys type, status, province, year; largest first).
	 */
	record SearchAnswer(List<Hit> hits, long total, int page, int size, Map<String, List<FacetCount>> facets) {
	}

	/**
	 * A case found; {@code statusLabel} in the request's language.
	 */
	record Hit(String caseNumber, String caseType, CaseStatus status, String statusLabel, String authority,
			String province, String applicantNameLo, String applicantNameEn, List<String> references,
			LocalDateTime submittedAt, List<String> highlights) {

		static Hit of(CaseHit hit, Locale locale) {
			return new Hit(hit.caseNumber(), hit.caseType(), hit.status(),
					(hit.status() != null) ? hit.status().label().in(locale) : null, hit.authorityCode(),
					hit.provinceCode(), hit.applicantNameLo(), hit.applicantNameEn(), hit.references(),
					hit.submittedAt(), hit.highlights());
		}

	}

}

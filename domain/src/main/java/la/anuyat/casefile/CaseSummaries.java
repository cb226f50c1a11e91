package la.anuyat.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import la.anuyat.casefile.internal.CaseFileRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lean read model of cases for work lists (the officers' inbox): one query for any
 * number of cases, none of the case's eagerly loaded collections. No access check here:
 * callers list cases they found through an access-checked query (the workflow's task
 * queries are filtered by the actor's candidate groups).
 */
@Service
@Transactional(readOnly = true)
public class CaseSummaries {

	private final CaseFileRepository cases;

	public CaseSummaries(CaseFileRepository cases) {
		this.cases = cases;
	}

	/**
	 * The summaries of the given cases by id; ids of cases that do not exist are left
	 * out.
	 */
	public Map<Long, CaseSummary> byIds(Collection<Long> caseIds) {
		Map<Long, CaseSummary> found = new HashMap<>();
		if (caseIds.isEmpty()) {
			return found;
		}
		this.cases.summariesByIds(caseIds).forEach((summary) -> found.put(summary.caseId(), summary));
		return found;
	}

	/**
	 * The summaries of the given cases by case number; numbers of cases that do not exist
	 * are left out.
	 */
	public Map<String, CaseSummary> byCaseNumbers(Collection<String> caseNumbers) {
		Map<String, CaseSummary> found = new HashMap<>();
		if (caseNumbers.isEmpty()) {
			return found;
		}
		this.cases.summariesByCaseNumbers(caseNumbers).forEach((summary) -> found.put(summary.caseNumber(), summary));
		return found;
	}

}

package la.anuyat.casefile;

import java.util.Optional;

/**
 * What the case file needs to know about case types, implemented by the licence feature:
 * this way round, {@code licence} depends on {@code casefile} and never the reverse.
 */
public interface CaseTypeCatalogue {

	/**
	 * @return the case-number prefix (e.g. "ICT") of an active case type, empty when
	 * unknown or inactive
	 */
	Optional<String> casePrefixOf(String caseType);

}

package la.anuyat.casefile;

/**
 * A rule an application must meet before it is submitted, checked by
 * {@link CaseFileService#submit} for every way in (the REST API and the wizard alike).
 * Implemented by the features that know what the rule is about (the documents feature:
 * its required documents), so that {@code casefile} does not depend on them.
 */
public interface SubmissionRule {

	/**
	 * @throws la.anuyat.shared.DomainException when the draft may not be submitted yet
	 */
	void check(CaseFile draft);

}

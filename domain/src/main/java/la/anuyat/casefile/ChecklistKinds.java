package la.anuyat.casefile;

import java.util.Optional;

/**
 * Which of its case type's document checklists a case answers to, for the families whose
 * cases come in kinds (a licence application is new, a renewal or an amendment, each with
 * its own required documents). Cases of other families use the type's checklist for
 * {@link #DEFAULT_KIND}.
 */
public interface ChecklistKinds {

	/** The checklist kind of a case no family names one for. */
	String DEFAULT_KIND = "new";

	/**
	 * @return the checklist kind of the case as the checklists name it, empty when the
	 * case is not of this family
	 */
	Optional<String> checklistKindOf(CaseFile caseFile);

}

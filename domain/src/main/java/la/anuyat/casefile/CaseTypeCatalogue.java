package la.anuyat.casefile;

import java.util.List;
import java.util.Optional;

import la.anuyat.shared.LocalizedText;

/**
 * What the case file and the workflow need to know about case types, implemented by the
 * licence feature: this way round, {@code licence} depends on {@code casefile} and never
 * the reverse. Everything here is data of the catalogue, never a constant in Java.
 */
public interface CaseTypeCatalogue {

	/**
	 * @return the case-number prefix (e.g. "ICT") of an active case type, empty when
	 * unknown or inactive
	 */
	Optional<String> casePrefixOf(String caseType);

	/**
	 * @return the key of the BPMN process that serves cases of the type
	 * @throws la.anuyat.shared.NotFoundException when the type is unknown
	 */
	String processKeyOf(String caseType);

	/**
	 * @return the key of the BPMN process of the type's technical assessment (an
	 * engineer's review between the completeness check and the decision), empty when the
	 * type needs none or is unknown
	 */
	default Optional<String> assessmentProcessKeyOf(String caseType) {
		return Optional.empty();
	}

	/**
	 * @return the code of the section of an authority that handles the type (e.g.
	 * {@code TECH})
	 * @throws la.anuyat.shared.NotFoundException when the type is unknown
	 */
	String sectionOf(String caseType);

	/**
	 * @return the case family of the type (e.g. {@code LICENCE} for applications,
	 * {@code SANCTION} for measures on a licence)
	 * @throws la.anuyat.shared.NotFoundException when the type is unknown
	 */
	String familyOf(String caseType);

	/**
	 * @return the id of the application form of an active case type, empty when the type
	 * is unknown, inactive or not applied for online
	 */
	Optional<String> formKeyOf(String caseType);

	/**
	 * @return the name of a case type, active or not (cases of a retired type keep it),
	 * empty when unknown
	 */
	Optional<LocalizedText> nameOf(String caseType);

	/**
	 * @return the active case types, in catalogue order
	 */
	List<Entry> activeCaseTypes();

	/**
	 * One active case type as forms and lists show it.
	 *
	 * @param code the case type code, e.g. {@code ICT-SOFT}
	 * @param name its name in Lao and English
	 * @param formKey the id of its application form; {@code null} when it is not applied
	 * for online
	 */
	record Entry(String code, LocalizedText name, String formKey) {
	}

}

package la.anuyat.licence;

import java.util.List;

/**
 * Which answers of the application forms officers search cases by, implemented by the
 * forms (fields tagged with the custom property {@code searchable}), so that the search
 * index names no form's keys. Read once, when the index mapping is built. The forms are
 * the licence catalogue's, so the licence feature owns this question and the search
 * feature, which already reads licences, asks it: the other way round the two features
 * would depend on each other.
 */
public interface SearchableFormFields {

	/**
	 * @return the keys of the fields whose text is searched (tagged {@code "true"}), over
	 * all forms
	 */
	List<String> textKeys();

	/**
	 * @return the keys of the fields holding the company's name in Lao (tagged
	 * {@code "companyName.lo"}), searched and shown in the results; the first answered
	 * one counts
	 */
	List<String> companyNameLoKeys();

	/**
	 * @return the keys of the fields holding the company's name in English (tagged
	 * {@code "companyName.en"})
	 */
	List<String> companyNameEnKeys();

}

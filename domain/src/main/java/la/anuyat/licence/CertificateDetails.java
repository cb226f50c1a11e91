package la.anuyat.licence;

import java.util.List;
import java.util.Map;

/**
 * Which answers of the application form a licence type's certificate prints, implemented
 * by the forms (a field tagged {@code "certificate": "true"}): the licence feature prints
 * them without knowing any form's keys.
 */
public interface CertificateDetails {

	/**
	 * @param caseType the licence type code
	 * @param formDataJson the case's form data (JSON), possibly {@code null}
	 * @return the rows, in the order of the form; empty when the form tags no field
	 */
	List<CertificateRow> rowsFor(String caseType, String formDataJson);

	/**
	 * The holder's details that the form answers (fields tagged {@code "prefill":
	 * "company.<fact>"}), by fact: {@code nameLo}, {@code nameEn}, {@code address}… An
	 * amendment's answers change the holder's record and certificate with them.
	 * @return the answered facts; empty when the form tags none
	 */
	Map<String, String> holderDetails(String caseType, String formDataJson);

}

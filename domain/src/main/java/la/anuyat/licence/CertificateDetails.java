package la.anuyat.licence;

import java.util.List;

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

}

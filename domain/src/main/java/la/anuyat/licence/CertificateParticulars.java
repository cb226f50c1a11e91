package la.anuyat.licence;

import java.util.List;

import la.anuyat.casefile.CaseFile;

/**
 * What a family adds when a licence of its type is issued: it records what issuing means
 * for its own records (an equipment type approval gets its approval number and its entry
 * in the public register) before the certificate is drawn, and gives the certificate's
 * rows of its own. Implemented by the families that need it; the licence feature calls
 * them all and knows none.
 */
public interface CertificateParticulars {

	/**
	 * Called in the transaction that issues the licence of an approved case, before its
	 * certificate is drawn; nothing to do for a case of another family's type.
	 */
	void licenceIssuing(CaseFile caseFile, Licence licence);

	/**
	 * @return the rows this family prints on the licence's certificate, after the form's
	 * own; empty for a licence of another family's type
	 */
	List<CertificateRow> rowsFor(Licence licence);

}

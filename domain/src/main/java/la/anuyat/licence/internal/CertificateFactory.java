package la.anuyat.licence.internal;

/**
 * Produces the signed certificate PDF of an issued licence.
 */
public interface CertificateFactory {

	/**
	 * @return a PDF, signed with the issuing authority's key
	 */
	byte[] produce(CertificateContent content);

}

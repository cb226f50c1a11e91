package la.anuyat.licence.internal.signing;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a verifier needs to validate a signature long after it was made, without asking
 * anyone: the certificates of every chain involved (signer and time-stamping authority)
 * and the revocation lists of their issuers as they stood when it was signed.
 */
public record ValidationData(List<X509Certificate> certificates, List<X509CRL> revocationLists) {

	public ValidationData {
		certificates = List.copyOf(certificates);
		revocationLists = List.copyOf(revocationLists);
	}

}

package la.anuyat.licence.internal.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key and its certificate chain, signer's certificate first.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

	public SigningKey {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("A signing key needs its certificate");
		}
		chain = List.copyOf(chain);
	}

	public X509Certificate certificate() {
		return this.chain.get(0);
	}

}

package la.anuyat.licence.internal.certificate;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import la.anuyat.licence.internal.signing.HttpTimeStampAuthority;
import la.anuyat.licence.internal.signing.HttpTsaServer;
import la.anuyat.licence.internal.signing.SigningKeys;

/**
 * A certificate issued as in production (demo PKI, PAdES, DSS), time-stamped by a TSA of
 * its own over HTTP; made once per test class, as signing is the slow part.
 */
final class SignedCertificate implements AutoCloseable {

	final SigningKeys keys;

	final HttpTsaServer tsa;

	final byte[] pdf;

	private SignedCertificate(SigningKeys keys, HttpTsaServer tsa, byte[] pdf) {
		this.keys = keys;
		this.tsa = tsa;
		this.pdf = pdf;
	}

	static SignedCertificate issue(Path dataDir) throws Exception {
		SigningKeys keys = Certificates.demoKeys(dataDir);
		HttpTsaServer tsa = new HttpTsaServer();
		try {
			byte[] pdf = new SignedCertificateFactory(keys, new HttpTimeStampAuthority(tsa.url()))
				.produce(Certificates.internetCafeInVientiane());
			return new SignedCertificate(keys, tsa, pdf);
		}
		catch (Exception | Error ex) {
			tsa.close();
			throw ex;
		}
	}

	/** The signer's chain, signing certificate first and the demo root last. */
	List<X509Certificate> signingChain() {
		return this.keys.keyFor(Certificates.internetCafeInVientiane().authorityCode()).chain();
	}

	X509Certificate signingRoot() {
		List<X509Certificate> chain = signingChain();
		return chain.get(chain.size() - 1);
	}

	@Override
	public void close() {
		this.tsa.close();
	}

}

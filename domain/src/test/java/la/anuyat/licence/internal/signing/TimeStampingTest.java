package la.anuyat.licence.internal.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where no external time-stamping authority is configured, the application stamps with
 * its own, so that demo certificates are long-term verifiable too.
 */
class TimeStampingTest {

	@TempDir
	Path dataDir;

	@Test
	void stampsWithTheDemoTimeStampingKeyWhenNoAuthorityIsConfigured() throws Exception {
		SigningKeys keys = new SigningKeys("", "", "", this.dataDir.toString(), "demo-signing");
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("signature value".getBytes(StandardCharsets.UTF_8));

		TimeStampToken token = new TimeStamping("", keys).stamp(digest);

		assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
		SigningKey tsa = keys.timeStampKey();
		token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
		assertThat(tsa.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
		assertThat(token.getCertificates().getMatches(null)).contains(new JcaX509CertificateHolder(tsa.certificate()));
		// issued by the demo root, which also issued the signing key
		assertThat(tsa.chain().get(1)).isEqualTo(keys.keyFor("VTE").chain().get(1));
	}

}

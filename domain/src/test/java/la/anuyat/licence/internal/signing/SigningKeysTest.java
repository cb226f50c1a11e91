package la.anuyat.licence.internal.signing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where signing keys come from: a configured keystore with one key per authority, or the
 * demo key.
 */
class SigningKeysTest {

	@TempDir
	Path dir;

	@Test
	void picksEachAuthoritysKeyFromTheConfiguredKeystore() throws Exception {
		SigningKey vientiane = demoKey(this.dir.resolve("a"));
		SigningKey luangPrabang = demoKey(this.dir.resolve("b"));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		char[] password = "s3cret".toCharArray();
		store.setKeyEntry("dtc-VTE", vientiane.privateKey(), password, vientiane.chain().toArray(Certificate[]::new));
		store.setKeyEntry("dtc-LPB", luangPrabang.privateKey(), password,
				luangPrabang.chain().toArray(Certificate[]::new));
		Path file = this.dir.resolve("authorities.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password);
		}

		SigningKeys keys = new SigningKeys(file.toString(), "s3cret", "dtc-{authority}", this.dir.toString(), "unused");

		assertThat(keys.keyFor("VTE").certificate()).isEqualTo(vientiane.certificate());
		assertThat(keys.keyFor("LPB").certificate()).isEqualTo(luangPrabang.certificate());
		assertThatIllegalStateException().isThrownBy(() -> keys.keyFor("XKH")).withMessageContaining("dtc-XKH");
		assertThat(this.dir.resolve("signing")).doesNotExist();
	}

	private static SigningKey demoKey(Path dataDir) {
		return new SigningKeys("", "", "", dataDir.toString(), "demo-signing").keyFor("ANY");
	}

}

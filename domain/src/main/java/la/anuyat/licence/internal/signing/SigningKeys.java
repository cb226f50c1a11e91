package la.anuyat.licence.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The keys certificates are signed with.
 * <p>
 * In production they come from a PKCS#12 keystore named by
 * {@code anuyat.signing.keystore} (with {@code anuyat.signing.keystore-password}),
 * provided from the environment, never from the repository.
 * {@code anuyat.signing.key-alias} names the entry; it may contain {@code {authority}},
 * replaced by the issuing authority's code (e.g. {@code dtc-{authority}} →
 * {@code dtc-VTE}), so that each authority signs with its own key once it has one.
 * <p>
 * Without a keystore (the demo), one key pair and a self-signed certificate are generated
 * on first use into {@code ${anuyat.data-dir}/signing/demo-signing.p12} and reused from
 * then on, for every authority.
 */
@Component
public class SigningKeys {

	static final String DEMO_ALIAS = "anuyat-demo";

	static final String DEMO_SUBJECT = "CN=Anuyat demo signing key, O=Ministry of Technology and Communications, C=LA";

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final int DEMO_KEY_BITS = 3072;

	private static final Duration DEMO_VALIDITY = Duration.ofDays(10 * 366);

	private final Path keystore;

	private final char[] password;

	private final String aliasPattern;

	private final boolean demo;

	private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

	private KeyStore store;

	public SigningKeys(@Value("${anuyat.signing.keystore:}") String keystore,
			@Value("${anuyat.signing.keystore-password:}") String keystorePassword,
			@Value("${anuyat.signing.key-alias:}") String keyAlias, @Value("${anuyat.data-dir:./data}") String dataDir,
			@Value("${anuyat.signing.demo-password:demo-signing}") String demoPassword) {
		this.demo = keystore == null || keystore.isBlank();
		if (this.demo) {
			this.keystore = Path.of(dataDir, "signing", "demo-signing.p12");
			this.password = demoPassword.toCharArray();
			this.aliasPattern = (keyAlias == null || keyAlias.isBlank()) ? DEMO_ALIAS : keyAlias;
		}
		else {
			this.keystore = Path.of(keystore);
			this.password = (keystorePassword != null) ? keystorePassword.toCharArray() : new char[0];
			this.aliasPattern = (keyAlias != null) ? keyAlias.strip() : "";
		}
	}

	/**
	 * Opens the keystore when the application has started: the demo key is generated on
	 * first start rather than at the first licence, and a production keystore that cannot
	 * be read stops the start instead of the first decision.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void openKeystore() {
		try {
			store();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the signing keystore " + this.keystore, ex);
		}
	}

	/**
	 * @return the key that signs for the authority with this code
	 * @throws IllegalStateException when the keystore cannot be read or holds no such key
	 */
	public SigningKey keyFor(String authorityCode) {
		String alias = this.aliasPattern.replace("{authority}", (authorityCode != null) ? authorityCode : "");
		return this.keys.computeIfAbsent(alias, this::load);
	}

	private SigningKey load(String alias) {
		try {
			KeyStore keyStore = store();
			String entry = alias.isEmpty() ? onlyKeyEntry(keyStore) : alias;
			Key key = keyStore.getKey(entry, this.password);
			Certificate[] chain = keyStore.getCertificateChain(entry);
			if (!(key instanceof PrivateKey privateKey) || chain == null) {
				throw new IllegalStateException(
						"The signing keystore " + this.keystore + " has no private key entry '" + entry + "'");
			}
			List<X509Certificate> certificates = new ArrayList<>();
			for (Certificate certificate : chain) {
				certificates.add((X509Certificate) certificate);
			}
			return new SigningKey(privateKey, certificates);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read signing key '" + alias + "' from " + this.keystore, ex);
		}
	}

	private synchronized KeyStore store() throws GeneralSecurityException {
		if (this.store == null) {
			if (this.demo && !Files.exists(this.keystore)) {
				createDemoKeystore();
			}
			this.store = read(this.keystore, this.password);
		}
		return this.store;
	}

	private static KeyStore read(Path file, char[] password) throws GeneralSecurityException {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(in, password);
			return keyStore;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the signing keystore " + file, ex);
		}
	}

	private static String onlyKeyEntry(KeyStore keyStore) throws GeneralSecurityException {
		List<String> entries = new ArrayList<>();
		for (String alias : Collections.list(keyStore.aliases())) {
			if (keyStore.isKeyEntry(alias)) {
				entries.add(alias);
			}
		}
		if (entries.size() != 1) {
			throw new IllegalStateException(
					"Set anuyat.signing.key-alias: the signing keystore holds " + entries.size() + " keys " + entries);
		}
		return entries.get(0);
	}

	/**
	 * Writes the demo keystore through a temporary file moved into place, so that a
	 * second instance starting at the same moment either sees a complete file or none.
	 */
	private void createDemoKeystore() throws GeneralSecurityException {
		log.warn("No signing keystore configured (anuyat.signing.keystore): creating a demo signing key in {}",
				this.keystore);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(DEMO_KEY_BITS, new SecureRandom());
		KeyPair pair = generator.generateKeyPair();
		X509Certificate certificate = selfSigned(pair);
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try {
			keyStore.load(null, null);
			keyStore.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), this.password, new Certificate[] { certificate });
			Path directory = this.keystore.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "demo-signing", ".tmp");
			ownerOnly(temporary);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				keyStore.store(out, this.password);
			}
			moveIntoPlace(temporary);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the demo signing keystore " + this.keystore, ex);
		}
	}

	private void moveIntoPlace(Path temporary) throws IOException {
		try {
			Files.move(temporary, this.keystore, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
			if (Files.exists(this.keystore)) {
				// Another instance won the race: use its key, so that all certificates
				// agree.
				Files.deleteIfExists(temporary);
			}
			else {
				Files.move(temporary, this.keystore);
			}
		}
	}

	private static void ownerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system (Windows): the data directory's own permissions
			// apply.
		}
	}

	private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
		X500Name subject = new X500Name(DEMO_SUBJECT);
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
				new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(now.minusSeconds(60)),
				Date.from(now.plus(DEMO_VALIDITY)), subject, pair.getPublic());
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot create the demo signing certificate", ex);
		}
	}

}

package la.anuyat.licence.internal.signing;

import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.springframework.beans.factory.annotation.Autowired;
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
 * Beside each signing key the keystore holds:
 * <ul>
 * <li>the authority's token key ({@code anuyat.signing.token-key-alias}, default
 * {@code <key-alias>-token}), an EC P-256 key that signs the compact token in the
 * certificate's QR code and whose public half is published as a JWKS;</li>
 * <li>the key of the in-process time-stamping authority
 * ({@code anuyat.signing.tsa-key-alias}, default {@code tsa}), used only when no external
 * TSA is configured ({@code anuyat.signing.tsa-url}).</li>
 * </ul>
 * <p>
 * Without a keystore (the demo), a small demo PKI is generated on first use into
 * {@code ${anuyat.data-dir}/signing/demo-signing.p12} and reused from then on, for every
 * authority: a demo root that issues the signing, time-stamping and token certificates
 * and publishes their (empty) revocation list.
 */
@Component
public class SigningKeys {

	static final String DEMO_ALIAS = "anuyat-demo";

	static final String DEMO_SUBJECT = "CN=Anuyat demo signing key, O=Ministry of Technology and Communications, C=LA";

	static final String DEMO_ROOT_ALIAS = "anuyat-demo-root";

	static final String DEMO_TSA_ALIAS = "anuyat-demo-tsa";

	static final String DEMO_TOKEN_ALIAS = "anuyat-demo-token";

	private static final String DEMO_ORGANISATION = ", O=Ministry of Technology and Communications, C=LA";

	/** How long a revocation list published by a key held here is current. */
	private static final Duration CRL_VALIDITY = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final int DEMO_KEY_BITS = 3072;

	private static final Duration DEMO_VALIDITY = Duration.ofDays(10 * 366);

	private final Path keystore;

	private final char[] password;

	private final String aliasPattern;

	private final boolean demo;

	private final String tokenAliasPattern;

	private final String tsaAlias;

	private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

	private KeyStore store;

	public SigningKeys(String keystore, String keystorePassword, String keyAlias, String dataDir, String demoPassword) {
		this(keystore, keystorePassword, keyAlias, dataDir, demoPassword, "", "");
	}

	@Autowired
	public SigningKeys(@Value("${anuyat.signing.keystore:}") String keystore,
			@Value("${anuyat.signing.keystore-password:}") String keystorePassword,
			@Value("${anuyat.signing.key-alias:}") String keyAlias, @Value("${anuyat.data-dir:./data}") String dataDir,
			@Value("${anuyat.signing.demo-password:demo-signing}") String demoPassword,
			@Value("${anuyat.signing.token-key-alias:}") String tokenKeyAlias,
			@Value("${anuyat.signing.tsa-key-alias:}") String tsaKeyAlias) {
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
		if (tokenKeyAlias != null && !tokenKeyAlias.isBlank()) {
			this.tokenAliasPattern = tokenKeyAlias.strip();
		}
		else {
			this.tokenAliasPattern = this.demo ? DEMO_TOKEN_ALIAS
					: (this.aliasPattern.isEmpty() ? "token" : this.aliasPattern + "-token");
		}
		if (tsaKeyAlias != null && !tsaKeyAlias.isBlank()) {
			this.tsaAlias = tsaKeyAlias.strip();
		}
		else {
			this.tsaAlias = this.demo ? DEMO_TSA_ALIAS : "tsa";
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

	/**
	 * @return the EC P-256 key that signs the QR code's token for the authority with this
	 * code
	 */
	public SigningKey tokenKeyFor(String authorityCode) {
		String alias = this.tokenAliasPattern.replace("{authority}", (authorityCode != null) ? authorityCode : "");
		return this.keys.computeIfAbsent(alias, this::load);
	}

	/**
	 * @return every token key of the keystore, for publication of their public halves
	 */
	public List<SigningKey> tokenKeys() {
		try {
			KeyStore keyStore = store();
			String pattern = Pattern.quote(this.tokenAliasPattern).replace("{authority}", "\\E.+\\Q");
			List<SigningKey> tokens = new ArrayList<>();
			for (String alias : Collections.list(keyStore.aliases())) {
				if (keyStore.isKeyEntry(alias) && alias.matches(pattern)) {
					tokens.add(this.keys.computeIfAbsent(alias, this::load));
				}
			}
			return tokens;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the signing keystore " + this.keystore, ex);
		}
	}

	/**
	 * @return the key of the application's own time-stamping authority
	 */
	public SigningKey timeStampKey() {
		return this.keys.computeIfAbsent(this.tsaAlias, this::load);
	}

	/**
	 * A current revocation list of {@code issuer}, signed by it, when this keystore holds
	 * the issuer's private key (the demo root, or a CA run by the regulator itself). It
	 * lists no certificate: a key held here that had to be revoked would be removed from
	 * the keystore instead.
	 */
	public Optional<X509CRL> revocationListOf(X509Certificate issuer) {
		try {
			KeyStore keyStore = store();
			for (String alias : Collections.list(keyStore.aliases())) {
				if (keyStore.isKeyEntry(alias) && issuer.equals(keyStore.getCertificate(alias))
						&& keyStore.getKey(alias, this.password) instanceof PrivateKey key) {
					return Optional.of(emptyRevocationList(issuer, key));
				}
			}
			return Optional.empty();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the signing keystore " + this.keystore, ex);
		}
	}

	private static X509CRL emptyRevocationList(X509Certificate issuer, PrivateKey key) throws GeneralSecurityException {
		Instant now = Instant.now();
		X509v2CRLBuilder builder = new X509v2CRLBuilder(
				X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), Date.from(now));
		builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
		try {
			builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
			return new JcaX509CRLConverter()
				.getCRL(builder.build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key)));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot publish the revocation list of " + issuer.getSubjectX500Principal(),
					ex);
		}
	}

	static String signatureAlgorithm(PrivateKey key) {
		return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
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
			if (this.demo && !this.store.isKeyEntry(DEMO_TOKEN_ALIAS)) {
				// a demo keystore from before the demo root: its certificates keep their
				// own signer certificate and still verify; new ones get the full set
				log.warn("The demo signing keystore {} predates time stamps and QR tokens: replacing it",
						this.keystore);
				try {
					Files.deleteIfExists(this.keystore);
				}
				catch (IOException ex) {
					throw new IllegalStateException("Cannot replace the demo signing keystore " + this.keystore, ex);
				}
				createDemoKeystore();
				this.store = read(this.keystore, this.password);
			}
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

	private String onlyKeyEntry(KeyStore keyStore) throws GeneralSecurityException {
		List<String> entries = new ArrayList<>();
		for (String alias : Collections.list(keyStore.aliases())) {
			// the token and time-stamping keys sign no certificate
			if (keyStore.isKeyEntry(alias) && !alias.equals(this.tsaAlias) && !alias.equals(this.tokenAliasPattern)) {
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
		KeyPair root = rsa(DEMO_KEY_BITS);
		X509Certificate rootCertificate = demoCertificate(new X500Name("CN=Anuyat demo root" + DEMO_ORGANISATION),
				root.getPublic(), null, root.getPrivate(), Purpose.ROOT);
		KeyPair signing = rsa(DEMO_KEY_BITS);
		X509Certificate signingCertificate = demoCertificate(new X500Name(DEMO_SUBJECT), signing.getPublic(),
				rootCertificate, root.getPrivate(), Purpose.SIGNING);
		KeyPair tsa = rsa(2048);
		X509Certificate tsaCertificate = demoCertificate(
				new X500Name("CN=Anuyat demo time-stamping authority" + DEMO_ORGANISATION), tsa.getPublic(),
				rootCertificate, root.getPrivate(), Purpose.TIME_STAMPING);
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		ec.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
		KeyPair token = ec.generateKeyPair();
		X509Certificate tokenCertificate = demoCertificate(
				new X500Name("CN=Anuyat demo certificate token key" + DEMO_ORGANISATION), token.getPublic(),
				rootCertificate, root.getPrivate(), Purpose.TOKEN);
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try {
			keyStore.load(null, null);
			keyStore.setKeyEntry(DEMO_ROOT_ALIAS, root.getPrivate(), this.password,
					new Certificate[] { rootCertificate });
			keyStore.setKeyEntry(DEMO_ALIAS, signing.getPrivate(), this.password,
					new Certificate[] { signingCertificate, rootCertificate });
			keyStore.setKeyEntry(DEMO_TSA_ALIAS, tsa.getPrivate(), this.password,
					new Certificate[] { tsaCertificate, rootCertificate });
			keyStore.setKeyEntry(DEMO_TOKEN_ALIAS, token.getPrivate(), this.password,
					new Certificate[] { tokenCertificate, rootCertificate });
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

	private static KeyPair rsa(int bits) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits, new SecureRandom());
		return generator.generateKeyPair();
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

	private enum Purpose {

		ROOT, SIGNING, TIME_STAMPING, TOKEN

	}

	/**
	 * A demo certificate: the root signs itself ({@code issuer} null), the others are
	 * issued by it.
	 */
	private static X509Certificate demoCertificate(X500Name subject, PublicKey publicKey, X509Certificate issuer,
			PrivateKey issuerKey, Purpose purpose) throws GeneralSecurityException {
		Instant now = Instant.now();
		X500Name issuerName = (issuer != null) ? X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded())
				: subject;
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
				new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(now.minusSeconds(60)),
				Date.from(now.plus(DEMO_VALIDITY)), subject, publicKey);
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(publicKey));
			if (issuer != null) {
				builder.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(issuer));
			}
			switch (purpose) {
				case ROOT -> {
					builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
					builder.addExtension(Extension.keyUsage, true,
							new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
				}
				case SIGNING -> {
					builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
					builder.addExtension(Extension.keyUsage, true,
							new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
				}
				case TIME_STAMPING -> {
					builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
					builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
					// RFC 3161 2.3: the only extended key usage, and critical
					builder.addExtension(Extension.extendedKeyUsage, true,
							new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
				}
				case TOKEN -> {
					builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
					builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
				}
			}
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder(signatureAlgorithm(issuerKey)).build(issuerKey)));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot create the demo certificate " + subject, ex);
		}
	}

}

package la.anuyat.licence.internal.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the validation data of certificate chains: every certificate, and for each one
 * that is not a trust anchor the current revocation list of its issuer — published here
 * when this keystore holds the issuer's key, otherwise fetched from the certificate's CRL
 * distribution points.
 */
public final class RevocationLists {

	private static final Logger log = LoggerFactory.getLogger(RevocationLists.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final SigningKeys keys;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	public RevocationLists(SigningKeys keys) {
		this.keys = keys;
	}

	public ValidationData validationDataOf(Collection<X509Certificate> certificates) {
		Set<X509Certificate> all = new LinkedHashSet<>(certificates);
		List<X509CRL> crls = new ArrayList<>();
		Set<X509Certificate> issuersDone = new LinkedHashSet<>();
		for (X509Certificate certificate : all) {
			if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
				// a trust anchor: trusted as configured, not through a list
				continue;
			}
			Optional<X509Certificate> issuer = all.stream()
				.filter((candidate) -> issued(candidate, certificate))
				.findFirst();
			if (issuer.isPresent() && !issuersDone.add(issuer.get())) {
				continue;
			}
			Optional<X509CRL> crl = issuer.flatMap(this.keys::revocationListOf)
				.or(() -> fetch(certificate).filter((list) -> issuer.isEmpty() || signedBy(list, issuer.get())));
			if (crl.isPresent()) {
				crls.add(crl.get());
			}
			else {
				log.warn("No revocation list for {}: signatures depending on it are not long-term verifiable",
						certificate.getSubjectX500Principal());
			}
		}
		return new ValidationData(List.copyOf(all), crls);
	}

	private static boolean issued(X509Certificate issuer, X509Certificate certificate) {
		if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
			return false;
		}
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
		try {
			crl.verify(issuer.getPublicKey());
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private Optional<X509CRL> fetch(X509Certificate certificate) {
		for (String url : distributionPoints(certificate)) {
			try {
				HttpResponse<byte[]> response = this.client.send(
						HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() == 200) {
					return Optional.of((X509CRL) CertificateFactory.getInstance("X.509")
						.generateCRL(new ByteArrayInputStream(response.body())));
				}
				log.warn("The CRL at {} answered HTTP {}", url, response.statusCode());
			}
			catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
				log.warn("Cannot fetch the CRL at {}: {}", url, ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	static List<String> distributionPoints(X509Certificate certificate) {
		byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
		if (extension == null) {
			return List.of();
		}
		List<String> urls = new ArrayList<>();
		CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
		for (DistributionPoint point : points.getDistributionPoints()) {
			DistributionPointName name = point.getDistributionPoint();
			if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
				continue;
			}
			for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
				if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
					String url = general.getName().toString();
					if (url.startsWith("http://") || url.startsWith("https://")) {
						urls.add(url);
					}
				}
			}
		}
		return urls;
	}

}

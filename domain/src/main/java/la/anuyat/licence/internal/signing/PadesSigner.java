package la.anuyat.licence.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B: a detached CAdES (CMS) signature over the document's
 * byte ranges, saved as an incremental update so the signed bytes stay exactly as
 * rendered.
 */
public final class PadesSigner {

	/**
	 * Who signs and why, as PDF readers show it.
	 *
	 * @param name the signer, here the issuing authority
	 * @param reason why the document was signed
	 * @param location where it was signed
	 * @param signedAt when
	 */
	public record Details(String name, String reason, String location, Calendar signedAt) {
	}

	/**
	 * @return the signed PDF: {@code pdf} followed by an incremental update holding the
	 * signature
	 */
	public byte[] sign(byte[] pdf, SigningKey key, Details details) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(details.name());
			signature.setReason(details.reason());
			signature.setLocation(details.location());
			// PAdES puts the claimed signing time here, in /M, and not in the CMS
			// attributes.
			signature.setSignDate(details.signedAt());
			document.addSignature(signature);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(cms(external.getContent(), key));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot sign the certificate", ex);
		}
	}

	/**
	 * The CMS SignedData over {@code content}, without the content itself (detached).
	 */
	static byte[] cms(InputStream content, SigningKey key) throws IOException {
		try {
			X509Certificate certificate = key.certificate();
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(new PadesSignedAttributes(signingCertificateV2(certificate)))
						.build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key.privateKey()),
								certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
				.getEncoded(ASN1Encoding.DER);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IllegalStateException("Cannot create the CMS signature", ex);
		}
	}

	private static String signatureAlgorithm(SigningKey key) {
		return switch (key.privateKey().getAlgorithm()) {
			case "EC" -> "SHA256withECDSA";
			default -> "SHA256withRSA";
		};
	}

	/**
	 * The ESS signing-certificate-v2 attribute (RFC 5035) binds the signer's certificate
	 * into what is signed, so it cannot be swapped for another with the same key; PAdES
	 * baseline requires it.
	 */
	static Attribute signingCertificateV2(X509Certificate certificate)
			throws GeneralSecurityException, CertificateEncodingException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuerSerial = new IssuerSerial(
				new GeneralNames(
						new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
	}

	/**
	 * BouncyCastle's default signed attributes (content type, message digest, algorithm
	 * protection) plus signing-certificate-v2, minus signing-time: PAdES forbids that one
	 * in the CMS, the time being in the signature dictionary instead.
	 */
	private static final class PadesSignedAttributes implements CMSAttributeTableGenerator {

		private final DefaultSignedAttributeTableGenerator defaults;

		PadesSignedAttributes(Attribute signingCertificate) {
			this.defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
		}

		@Override
		public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
			return this.defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
		}

	}

}

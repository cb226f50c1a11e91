package la.anuyat.licence.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
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
 * Signs a PDF as PAdES baseline B-LT, in two incremental updates after the rendered
 * revision, so the signed bytes stay exactly as rendered:
 * <ol>
 * <li>a certification signature (DocMDP, no changes permitted): a detached CAdES (CMS)
 * signature over the document's byte ranges, carrying an RFC 3161 signature time stamp
 * over its own signature value;</li>
 * <li>a document security store (DSS) with the validation data of the signer's and the
 * time-stamping authority's chains, which PAdES permits after certification.</li>
 * </ol>
 */
public final class PadesSigner {

	/** Room for the CMS with its time stamp and both certificate chains. */
	private static final int SIGNATURE_SIZE = 32_768;

	/** ISO 32000 12.8.2.2: no changes to the document are permitted. */
	public static final int NO_CHANGES = 1;

	private final TimeStampAuthority timeStamps;

	private final RevocationLists revocationLists;

	public PadesSigner(TimeStampAuthority timeStamps, RevocationLists revocationLists) {
		this.timeStamps = timeStamps;
		this.revocationLists = revocationLists;
	}

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
	 * @return the signed PDF: {@code pdf} followed by the signing revision and the
	 * validation data revision
	 */
	public byte[] sign(byte[] pdf, SigningKey key, Details details) {
		byte[] signed = certify(pdf, key, details);
		return addValidationData(signed, key);
	}

	private byte[] certify(byte[] pdf, SigningKey key, Details details) {
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(details.name());
			signature.setReason(details.reason());
			signature.setLocation(details.location());
			// PAdES puts the claimed signing time here, in /M, and not in the CMS
			// attributes.
			signature.setSignDate(details.signedAt());
			lockDocument(document, signature);
			options.setPreferredSignatureSize(SIGNATURE_SIZE);
			document.addSignature(signature, options);
			printWidgets(document, signature);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 8_192);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(timeStamped(cms(external.getContent(), key)));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot sign the certificate", ex);
		}
	}

	/**
	 * Makes the signature a certification signature that permits no change: its
	 * /Reference names the DocMDP transform with P 1, and the catalog's /Perms points to
	 * it (ISO 32000-1 12.8.2.2 and 12.8.4).
	 */
	private static void lockDocument(PDDocument document, PDSignature signature) {
		COSDictionary parameters = new COSDictionary();
		parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
		parameters.setInt(COSName.P, NO_CHANGES);
		parameters.setName(COSName.V, "1.2");
		parameters.setDirect(true);
		COSDictionary reference = new COSDictionary();
		reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
		reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
		reference.setItem(COSName.getPDFName("TransformParams"), parameters);
		reference.setDirect(true);
		COSArray references = new COSArray();
		references.add(reference);
		references.setDirect(true);
		signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
		COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
		COSDictionary permissions = new COSDictionary();
		permissions.setItem(COSName.DOCMDP, signature);
		permissions.setDirect(true);
		catalog.setItem(COSName.PERMS, permissions);
		catalog.setNeedToBeUpdated(true);
	}

	/**
	 * PDF/A wants every annotation printable, the invisible signature's widget included.
	 */
	private static void printWidgets(PDDocument document, PDSignature signature) throws IOException {
		for (PDSignatureField field : document.getSignatureFields()) {
			if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
				for (PDAnnotationWidget widget : field.getWidgets()) {
					widget.setPrinted(true);
					widget.getCOSObject().setNeedToBeUpdated(true);
				}
			}
		}
	}

	/**
	 * Adds the signature time stamp (ETSI EN 319 122-1 5.3, RFC 3161 appendix A): an
	 * unsigned attribute holding a time-stamping authority's token over the signature
	 * value, which proves the signature existed at that time.
	 */
	byte[] timeStamped(byte[] cmsBytes) throws IOException {
		try {
			CMSSignedData cms = new CMSSignedData(cmsBytes);
			List<SignerInformation> signers = new ArrayList<>();
			for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
				byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
				TimeStampToken token = this.timeStamps.stamp(imprint);
				AttributeTable unsigned = (signer.getUnsignedAttributes() != null) ? signer.getUnsignedAttributes()
						: new AttributeTable(new ASN1EncodableVector());
				unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
						token.toCMSSignedData().toASN1Structure());
				signers.add(SignerInformation.replaceUnsignedAttributes(signer, unsigned));
			}
			return CMSSignedData.replaceSigners(cms, new SignerInformationStore(signers)).getEncoded(ASN1Encoding.DER);
		}
		catch (CMSException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot time-stamp the signature", ex);
		}
	}

	/**
	 * The second update: a DSS dictionary with every certificate and revocation list of
	 * the signer's and the time-stamping authority's chains, and a VRI entry tying them
	 * to the signature (ETSI EN 319 142-1 5.4).
	 */
	private byte[] addValidationData(byte[] signed, SigningKey key) {
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			byte[] contents = signature.getContents(signed);
			Set<X509Certificate> certificates = new LinkedHashSet<>(key.chain());
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
					contents);
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
				for (TimeStampToken token : timeStampTokens(signer)) {
					for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
						certificates.add(converter.getCertificate(holder));
					}
				}
			}
			ValidationData data = this.revocationLists.validationDataOf(certificates);
			COSArray certs = new COSArray();
			for (X509Certificate certificate : data.certificates()) {
				certs.add(stream(document, certificate.getEncoded()));
			}
			COSArray crls = new COSArray();
			for (X509CRL crl : data.revocationLists()) {
				crls.add(stream(document, crl.getEncoded()));
			}
			COSDictionary vri = new COSDictionary();
			vri.setItem(COSName.getPDFName("Cert"), certs);
			vri.setItem(COSName.getPDFName("CRL"), crls);
			COSDictionary vris = new COSDictionary();
			vris.setItem(COSName.getPDFName(HexFormat.of()
				.withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(signature.getContents()))), vri);
			COSDictionary dss = new COSDictionary();
			dss.setItem(COSName.TYPE, COSName.getPDFName("DSS"));
			dss.setItem(COSName.getPDFName("Certs"), certs);
			dss.setItem(COSName.getPDFName("CRLs"), crls);
			dss.setItem(COSName.getPDFName("VRI"), vris);
			for (COSUpdateInfo updated : List.of(certs, crls, vri, vris, dss)) {
				updated.setNeedToBeUpdated(true);
			}
			COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
			catalog.setItem(COSName.getPDFName("DSS"), dss);
			catalog.setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length + 16_384);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot add the validation data to the certificate", ex);
		}
		catch (GeneralSecurityException | CMSException ex) {
			throw new IllegalStateException("Cannot add the validation data to the certificate", ex);
		}
	}

	/**
	 * @return the signature time stamps of {@code signer}
	 */
	public static List<TimeStampToken> timeStampTokens(SignerInformation signer) {
		List<TimeStampToken> tokens = new ArrayList<>();
		if (signer.getUnsignedAttributes() == null) {
			return tokens;
		}
		ASN1EncodableVector attributes = signer.getUnsignedAttributes()
			.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
		for (int i = 0; i < attributes.size(); i++) {
			Attribute attribute = (Attribute) attributes.get(i);
			for (ASN1Encodable value : attribute.getAttrValues()) {
				try {
					tokens.add(new TimeStampToken(ContentInfo.getInstance(value)));
				}
				catch (TSPException | IOException ex) {
					throw new IllegalArgumentException("Not a time-stamp token", ex);
				}
			}
		}
		return tokens;
	}

	private static COSStream stream(PDDocument document, byte[] bytes) throws IOException {
		COSStream stream = document.getDocument().createCOSStream();
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(bytes);
		}
		stream.setNeedToBeUpdated(true);
		return stream;
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
		return SigningKeys.signatureAlgorithm(key.privateKey());
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

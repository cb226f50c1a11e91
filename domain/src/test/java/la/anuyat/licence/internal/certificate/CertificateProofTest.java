package la.anuyat.licence.internal.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import la.anuyat.licence.internal.signing.HttpTsaServer;
import la.anuyat.licence.internal.signing.PadesSigner;
import la.anuyat.licence.internal.signing.SignedPdfVerifier;
import la.anuyat.licence.internal.signing.SigningKeys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What makes the certificate prove itself to third-party validators: PDF/A-2b, a
 * certification signature that permits no change, a signature time stamp from the
 * configured TSA, and the validation data in a DSS, so that an altered copy is refused.
 */
class CertificateProofTest {

	@TempDir
	static Path dataDir;

	static SignedCertificate certificate;

	static SigningKeys keys;

	static HttpTsaServer tsa;

	static byte[] pdf;

	@BeforeAll
	static void produceCertificate() throws Exception {
		certificate = SignedCertificate.issue(dataDir);
		keys = certificate.keys;
		tsa = certificate.tsa;
		pdf = certificate.pdf;
	}

	@AfterAll
	static void stopTsa() {
		certificate.close();
	}

	@Test
	void declaresPdfA2bWithAnSrgbOutputIntent() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			XMPMetadata xmp = new DomXmpParser()
				.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
			PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
			assertThat(id.getPart()).isEqualTo(2);
			assertThat(id.getConformance()).isEqualTo("B");
			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(document.getDocumentInformation().getTitle());
			assertThat(xmp.getAdobePDFSchema().getProducer())
				.isEqualTo(document.getDocumentInformation().getProducer());
			assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
				.isEqualTo(document.getDocumentInformation().getCreationDate().toInstant());
			List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
			assertThat(intents).hasSize(1);
			COSDictionary intent = intents.get(0).getCOSObject();
			assertThat(intent.getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFA1"));
			COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
			assertThat(profile.getInt(COSName.N)).isEqualTo(3);
			assertThat(document.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
		}
	}

	@Test
	void embedsEveryFontWithAUnicodeMap() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			collectFonts(document.getPage(0).getResources(), fonts);
			assertThat(fonts).isNotEmpty();
			for (PDFont font : fonts) {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).as(font.getName()).isNotNull();
				if (font instanceof PDType0Font type0) {
					PDCIDFont descendant = type0.getDescendantFont();
					assertThat(descendant.getFontDescriptor().getFontFile2()).isNotNull();
				}
			}
		}
	}

	@Test
	void writesClassicCrossReferenceTablesSoNoRevisionReusesAnother() {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("/XRef").doesNotContain("/ObjStm");
		// three revisions: rendered, signed, validation data; each with its own table
		assertThat(text.split("\nxref\n", -1)).hasSize(4);
		assertThat(text.split("%%EOF", -1)).hasSize(4);
	}

	@Test
	void certifiesTheDocumentWithNoChangesPermitted() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			COSDictionary reference = (COSDictionary) signature.getCOSObject()
				.getCOSArray(COSName.getPDFName("Reference"))
				.getObject(0);
			assertThat(reference.getCOSName(COSName.getPDFName("TransformMethod"))).isEqualTo(COSName.DOCMDP);
			assertThat(reference.getCOSDictionary(COSName.getPDFName("TransformParams")).getInt(COSName.P))
				.isEqualTo(1);
			COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
			assertThat(perms.getDictionaryObject(COSName.DOCMDP)).isSameAs(signature.getCOSObject());
		}
	}

	@Test
	void timeStampsTheSignatureValueAtTheConfiguredAuthority() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			List<TimeStampToken> tokens = PadesSigner.timeStampTokens(signer);
			assertThat(tokens).hasSize(1);
			TimeStampToken token = tokens.get(0);
			assertThat(token.getTimeStampInfo().getMessageImprintDigest())
				.isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
			assertThat(token.getSID().getSerialNumber()).isEqualTo(tsa.certificate().getSerialNumber());
			assertThat(tsa.requestContentTypes()).contains("application/timestamp-query");
		}
	}

	@Test
	void embedsTheValidationDataOfSignerAndTimeStampingAuthority() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			COSDictionary dss = document.getDocumentCatalog()
				.getCOSObject()
				.getCOSDictionary(COSName.getPDFName("DSS"));
			assertThat(dss).isNotNull();
			CertificateFactory x509 = CertificateFactory.getInstance("X.509");
			List<X509Certificate> certificates = new ArrayList<>();
			for (byte[] bytes : streams(dss.getCOSArray(COSName.getPDFName("Certs")))) {
				certificates.add((X509Certificate) x509.generateCertificate(new ByteArrayInputStream(bytes)));
			}
			List<X509CRL> crls = new ArrayList<>();
			for (byte[] bytes : streams(dss.getCOSArray(COSName.getPDFName("CRLs")))) {
				crls.add((X509CRL) x509.generateCRL(new ByteArrayInputStream(bytes)));
			}
			List<X509Certificate> chain = keys.keyFor("VTE").chain();
			assertThat(certificates).containsAll(chain).contains(tsa.certificate());
			// the demo root publishes the list that says its signing certificate is not
			// revoked
			X509Certificate root = chain.get(chain.size() - 1);
			assertThat(crls).anySatisfy((crl) -> {
				assertThat(crl.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
				crl.verify(root.getPublicKey());
				assertThat(crl.isRevoked(chain.get(0))).isFalse();
			});
			assertThat(dss.getCOSDictionary(COSName.getPDFName("VRI")).size()).isEqualTo(1);
		}
	}

	@Test
	void ourVerifierAcceptsTheCertificateAsIssued() {
		SignedPdfVerifier.Result result = new SignedPdfVerifier().verify(pdf);
		assertThat(result.problems()).isEmpty();
		assertThat(result.intact()).isTrue();
		assertThat(result.timeStampedAt()).isPresent();
	}

	@Test
	void ourVerifierRefusesAnIncrementalUpdateThatPaintsAnotherHolder() throws Exception {
		byte[] altered = Certificates.paintAnotherHolder(pdf);
		assertThat(Certificates.text(altered)).contains("Someone Else Trading Co.");

		SignedPdfVerifier.Result result = new SignedPdfVerifier().verify(altered);

		// the signature's own bytes are untouched, so it still verifies; the change after
		// certification is what gives the copy away
		assertThat(result.signaturesValid()).isTrue();
		assertThat(result.unchangedSinceSigning()).isFalse();
		assertThat(result.intact()).isFalse();
	}

	@Test
	void ourVerifierRefusesRandomBytes() {
		byte[] random = new byte[4096];
		new java.util.Random(7).nextBytes(random);
		assertThat(new SignedPdfVerifier().verify(random).intact()).isFalse();
	}

	@Test
	void pdfsigValidatesTheSignature(@TempDir Path dir) throws Exception {
		assumeTrue(pdfsigInstalled(), "pdfsig (poppler-utils) is not installed");
		Path file = dir.resolve("certificate.pdf");
		Files.write(file, pdf);
		String out = pdfsig(file);
		assertThat(out).contains("Signature Type: ETSI.CAdES.detached", "Signature is Valid.");
	}

	static boolean pdfsigInstalled() {
		try {
			Process process = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static String pdfsig(Path file) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	private static List<byte[]> streams(COSArray array) throws IOException {
		List<byte[]> contents = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			try (var in = ((COSStream) array.getObject(i)).createInputStream()) {
				contents.add(in.readAllBytes());
			}
		}
		return contents;
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject xobject = resources.getXObject(name);
			if (xobject instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	@SuppressWarnings("unused")
	private static COSBase resolve(COSBase item) {
		return (item instanceof COSObject object) ? object.getObject() : item;
	}

}

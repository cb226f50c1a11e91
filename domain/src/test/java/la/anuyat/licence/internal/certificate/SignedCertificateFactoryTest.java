package la.anuyat.licence.internal.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import la.anuyat.licence.CertificateToken;
import la.anuyat.licence.internal.signing.CertificateTokens;
import la.anuyat.licence.internal.signing.HttpTimeStampAuthority;
import la.anuyat.licence.internal.signing.HttpTsaServer;
import la.anuyat.licence.internal.signing.SigningKeys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The certificate as a verifier sees it: a PDF that opens, carries a valid PAdES
 * signature of the issuing authority and a QR code to the verification page. The page is
 * also saved as {@code target/certificate-preview.png} for a look.
 */
class SignedCertificateFactoryTest {

	@TempDir
	static Path dataDir;

	static SigningKeys keys;

	static byte[] pdf;

	static HttpTsaServer tsa;

	@BeforeAll
	static void produceCertificate() throws Exception {
		keys = Certificates.demoKeys(dataDir);
		tsa = new HttpTsaServer();
		pdf = new SignedCertificateFactory(keys, new HttpTimeStampAuthority(tsa.url()))
			.produce(Certificates.internetCafeInVientiane());
		Path target = Path.of("target");
		Files.createDirectories(target);
		Files.write(target.resolve("certificate-preview.pdf"), pdf);
		ImageIO.write(render(pdf, 150), "png", target.resolve("certificate-preview.png").toFile());
	}

	@AfterAll
	static void stopTsa() {
		tsa.close();
	}

	@Test
	void producesOneA4PageWithTheLicenceInBothLanguages() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("ICT Business Licence", "LIC-VTE-2026-000045", "Chao Fa Digital Sole Co., Ltd.",
					"21/11/2026", "20/11/2029", "ICT-VTE-2026-000123", Certificates.VERIFICATION_URL,
					"Mr Somphone Keomany");
			// Lao comes back as typed, marks included, thanks to the ActualText of each
			// run.
			assertThat(text).contains("ໃບອະນຸຍາດດຳເນີນທຸລະກິດ ໄອຊີທີ", "ບໍລິສັດ ເຈົ້າຟ້າ ດິຈິຕອນ ຈຳກັດຜູ້ດຽວ",
					"ເຈົ້າໜ້າທີ່ຜູ້ອະນຸມັດ", "ທ່ານ ສົມພອນ ແກ້ວມະນີ");
			// the rows the licence type's form tags for the certificate, and the
			// catalogue's title in the document's own description
			assertThat(text).contains("ຈຳນວນຄອມພິວເຕີ", "Number of computers", "24");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("ICT Business Licence LIC-VTE-2026-000045");
		}
	}

	@Test
	void isSignedByTheIssuingAuthorityOverTheWholeFile() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getFilter()).isEqualTo(PDSignature.FILTER_ADOBE_PPKLITE.getName());
			assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
			assertThat(signature.getName()).isEqualTo("Department of Technology and Communications, Vientiane Capital");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			// the whole signing revision; only the validation data revision follows
			assertThat(new String(pdf, range[2] + range[3] - 6, 6, StandardCharsets.ISO_8859_1)).contains("%%EOF");
			assertThat(
					new String(pdf, range[2] + range[3], pdf.length - range[2] - range[3], StandardCharsets.ISO_8859_1))
				.contains("/DSS")
				.doesNotContain("/Contents", "/Font");
			assertThat(verifies(signature.getSignedContent(pdf), signature.getContents(pdf))).isTrue();
		}
	}

	@Test
	void signatureNoLongerVerifiesWhenOneSignedByteChanges() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			byte[] tampered = pdf.clone();
			// A byte of the page content, well inside the first signed range.
			int offset = signature.getByteRange()[1] / 2;
			tampered[offset] ^= 0x01;
			assertThat(verifies(signature.getSignedContent(tampered), signature.getContents(tampered))).isFalse();
		}
	}

	@Test
	void signatureCarriesThePadesBaselineAttributes() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.messageDigest)).isNotNull();
			// PAdES keeps the signing time in the signature dictionary, not in the CMS.
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
			assertThat(signature.getSignDate()).isNotNull();
			X509Certificate demo = keys.keyFor("VTE").certificate();
			assertThat(cms.getCertificates().getMatches(signer.getSID()))
				.containsExactly(new JcaX509CertificateHolder(demo));
		}
	}

	@Test
	void demoKeyIsCreatedOnceAndReused() {
		assertThat(dataDir.resolve("signing/demo-signing.p12")).isRegularFile();
		X509Certificate again = Certificates.demoKeys(dataDir).keyFor("LPB").certificate();
		assertThat(again).isEqualTo(keys.keyFor("VTE").certificate());
		assertThat(again.getSubjectX500Principal().getName()).contains("CN=Anuyat demo signing key", "C=LA");
	}

	@Test
	void demoKeyIsGeneratedWhenTheApplicationStarts(@TempDir Path freshDataDir) {
		SigningKeys fresh = Certificates.demoKeys(freshDataDir);
		assertThat(freshDataDir.resolve("signing/demo-signing.p12")).doesNotExist();

		fresh.openKeystore();

		assertThat(freshDataDir.resolve("signing/demo-signing.p12")).isRegularFile();
	}

	@Test
	void qrCodeLeadsToTheVerificationPage() throws Exception {
		BufferedImage page = render(pdf, 150);
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
		assertThat(result.getText()).startsWith(Certificates.VERIFICATION_URL + "?t=");
	}

	@Test
	void qrCodeCarriesATokenThatVerifiesWithThePublishedKey() throws Exception {
		String token = decodeQr().substring((Certificates.VERIFICATION_URL + "?t=").length());
		// as a phone would: the published JWKS, parsed from its JSON, and nothing else
		JWKSet published = JWKSet.parse(new CertificateTokens(keys).publishedKeys().toString());
		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("LIC-VTE-2026-000045");
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("VTE");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("hol")).isEqualTo("ບໍລິສັດ ເຈົ້າຟ້າ ດິຈິຕອນ ຈຳກັດຜູ້ດຽວ");

		CertificateToken read = new CertificateTokens(keys).read(token).orElseThrow();
		assertThat(read).isEqualTo(new CertificateToken("LIC-VTE-2026-000045", "ບໍລິສັດ ເຈົ້າຟ້າ ດິຈິຕອນ ຈຳກັດຜູ້ດຽວ",
				"ICT-SHOP", LocalDate.of(2026, 11, 21), LocalDate.of(2029, 11, 20), "VTE", key.getKeyID()));
	}

	@Test
	void aTamperedTokenIsRefused() throws Exception {
		String token = decodeQr().substring((Certificates.VERIFICATION_URL + "?t=").length());
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("2029-11-20", "2039-11-20");
		String forged = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		CertificateTokens tokens = new CertificateTokens(keys);
		assertThat(tokens.read(token)).isPresent();
		assertThat(tokens.read(forged)).isEmpty();
		assertThat(tokens.read("not.a.token")).isEmpty();
	}

	private static String decodeQr() throws Exception {
		BufferedImage page = render(pdf, 150);
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
	}

	private static boolean verifies(byte[] signedContent, byte[] cmsBytes) throws Exception {
		CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), cmsBytes);
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		try {
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (CMSException digestMismatch) {
			// BouncyCastle reports a message digest that does not match by throwing.
			return false;
		}
	}

	static BufferedImage render(byte[] pdf, int dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(new ByteArrayInputStream(pdf).readAllBytes())) {
			return new PDFRenderer(document).renderImageWithDPI(0, dpi);
		}
	}

}

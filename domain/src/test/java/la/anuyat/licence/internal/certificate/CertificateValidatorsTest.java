package la.anuyat.licence.internal.certificate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.reports.Reports;
import la.anuyat.licence.internal.signing.TimeStamping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate as third-party validators see it: veraPDF for PDF/A-2b, and the
 * European Commission's DSS for PAdES, both run offline on the issued file.
 */
class CertificateValidatorsTest {

	@TempDir
	static Path dataDir;

	/** DSS's message keys for what changed after the certification. */
	static final String DOC_MDP_VIOLATED = "BBB_FC_ISVADMDPD_ANS";

	static final String VISUAL_DIFFERENCE = "BBB_FC_IVDBSFR_ANS";

	static final String UNDEFINED_CHANGES = "BBB_FC_DSCNUOM_ANS";

	/** DSS's default validation policy, in dss-policy-jaxb. */
	static final String DEFAULT_POLICY = "/policy/constraint.xml";

	static SignedCertificate certificate;

	static byte[] altered;

	@BeforeAll
	static void produceCertificate() throws Exception {
		certificate = SignedCertificate.issue(dataDir);
		altered = Certificates.paintAnotherHolder(certificate.pdf);
		VeraGreenfieldFoundryProvider.initialise();
	}

	@AfterAll
	static void stopTsa() {
		certificate.close();
	}

	@Test
	void veraPdfFindsTheCertificateCompliantWithPdfA2b() throws Exception {
		ValidationResult result = veraPdf(certificate.pdf);

		assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
		assertThat(failures(result)).isEmpty();
		assertThat(result.isCompliant()).isTrue();
		// the whole profile ran, not an early exit
		assertThat(result.getTotalAssertions()).isGreaterThan(1000);
	}

	@Test
	void dssValidatesTheCertificateAsPadesBaselineLtWithASignatureTimeStamp() throws Exception {
		Reports reports = dss(certificate.pdf, defaultPolicy(), certificate.signingRoot(),
				certificate.tsa.certificate());
		SimpleReport simple = reports.getSimpleReport();
		String id = simple.getFirstSignatureId();

		assertThat(simple.getSignaturesCount()).isEqualTo(1);
		assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
		assertThat(simple.getIndication(id)).as(simple.getSubIndication(id) + " " + messages(simple, id))
			.isEqualTo(Indication.TOTAL_PASSED);
		assertThat(keys(simple.getAdESValidationWarnings(id))).doesNotContain(DOC_MDP_VIOLATED, VISUAL_DIFFERENCE,
				UNDEFINED_CHANGES);
		SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
		assertThat(signature.getPDFRevision().getDocMDPPermissions())
			.isEqualTo(CertificationPermission.NO_CHANGE_PERMITTED);
		assertThat(signature.getPDFRevision().arePdfModificationsDetected()).isFalse();
		// long-term: the signer's status comes from the file itself, as nothing is
		// fetched
		assertRevocationDataInTheFile(signature.getSigningCertificate());
		List<TimestampWrapper> stamps = signature.getTimestampListByType(TimestampType.SIGNATURE_TIMESTAMP);
		assertThat(stamps).hasSize(1);
		TimestampWrapper stamp = stamps.get(0);
		assertThat(stamp.isMessageImprintDataFound()).isTrue();
		assertThat(stamp.isMessageImprintDataIntact()).isTrue();
		assertThat(stamp.isSignatureValid()).isTrue();
		assertThat(simple.getIndication(stamp.getId())).isEqualTo(Indication.PASSED);
		assertThat(stamp.getSigningCertificate().getCertificateDN()).contains("Test time-stamping authority");
	}

	@Test
	void dssFindsTheCertificateLongTermVerifiableWhenTheDemoAuthorityStampsItAndOnlyTheDemoRootIsTrusted()
			throws Exception {
		// the embedded demo's own configuration: no TSA address, so the keystore's
		// time-stamping key, certified by the demo root like the signing key; the
		// validation data must then cover the time-stamping certificate too
		byte[] pdf = new SignedCertificateFactory(certificate.keys, new TimeStamping("", certificate.keys))
			.produce(Certificates.internetCafeInVientiane());

		Reports reports = dss(pdf, defaultPolicy(), certificate.signingRoot());

		SimpleReport simple = reports.getSimpleReport();
		String id = simple.getFirstSignatureId();
		assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
		assertThat(simple.getIndication(id)).as(simple.getSubIndication(id) + " " + messages(simple, id))
			.isEqualTo(Indication.TOTAL_PASSED);
		TimestampWrapper stamp = reports.getDiagnosticData()
			.getSignatureById(id)
			.getTimestampListByType(TimestampType.SIGNATURE_TIMESTAMP)
			.get(0);
		assertThat(simple.getIndication(stamp.getId())).isEqualTo(Indication.PASSED);
		assertThat(stamp.getSigningCertificate().getCertificateDN()).contains("Anuyat demo time-stamping authority");
		assertRevocationDataInTheFile(stamp.getSigningCertificate());
	}

	@Test
	void dssReportsTheBrokenCertificationOfAnIncrementalUpdateThatPaintsAnotherHolder() throws Exception {
		Reports reports = dss(altered, defaultPolicy(), certificate.signingRoot(), certificate.tsa.certificate());

		SimpleReport simple = reports.getSimpleReport();
		String id = simple.getFirstSignatureId();
		// The default (ETSI) policy only warns about changes after a certification:
		// its DocMDP check is at WARN level. It does see them all.
		assertThat(keys(simple.getAdESValidationWarnings(id))).contains(DOC_MDP_VIOLATED, VISUAL_DIFFERENCE,
				UNDEFINED_CHANGES);
		PDFRevisionWrapper revision = reports.getDiagnosticData().getSignatureById(id).getPDFRevision();
		assertThat(revision.arePdfModificationsDetected()).isTrue();
		assertThat(revision.getPdfVisualDifferenceConcernedPages()).containsExactly(BigInteger.ONE);
	}

	@Test
	void dssRefusesTheAlteredCopyWhenTheCertificationIsEnforced() throws Exception {
		Reports genuine = dss(certificate.pdf, certificationEnforced(), certificate.signingRoot(),
				certificate.tsa.certificate());
		Reports forged = dss(altered, certificationEnforced(), certificate.signingRoot(),
				certificate.tsa.certificate());

		SimpleReport simple = forged.getSimpleReport();
		String id = simple.getFirstSignatureId();
		assertThat(simple.getIndication(id)).as(messages(simple, id)).isEqualTo(Indication.TOTAL_FAILED);
		assertThat(simple.getSubIndication(id)).isEqualTo(SubIndication.FORMAT_FAILURE);
		assertThat(keys(simple.getAdESValidationErrors(id))).contains(DOC_MDP_VIOLATED);
		// the stricter policy costs the genuine certificate nothing
		SimpleReport genuineReport = genuine.getSimpleReport();
		assertThat(genuineReport.getIndication(genuineReport.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
	}

	private static void assertRevocationDataInTheFile(CertificateWrapper certificate) {
		assertThat(certificate.getCertificateRevocationData()).as(certificate.getCertificateDN())
			.isNotEmpty()
			.allSatisfy((revocation) -> {
				assertThat(revocation.isInternalRevocationOrigin()).isTrue();
				assertThat(revocation.getStatus()).isEqualTo(CertificateStatus.GOOD);
			});
	}

	private static ValidationResult veraPdf(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			return validator.validate(parser);
		}
	}

	private static List<String> failures(ValidationResult result) {
		return result.getTestAssertions()
			.stream()
			.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
			.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
					+ assertion.getMessage() + " at " + assertion.getLocation().getContext())
			.distinct()
			.collect(Collectors.toList());
	}

	/**
	 * DSS trusting only {@code anchors} and fetching nothing (no CRL, OCSP or AIA
	 * download): whatever else it needs must be in the file.
	 */
	private static Reports dss(byte[] pdf, ValidationPolicy policy, X509Certificate... anchors) {
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		for (X509Certificate anchor : anchors) {
			trusted.addCertificate(new CertificateToken(anchor));
		}
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setTrustedCertSources(trusted);
		verifier.setCrlSource(null);
		verifier.setOcspSource(null);
		verifier.setAIASource(null);
		PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "certificate.pdf"));
		validator.setCertificateVerifier(verifier);
		return validator.validateDocument(policy);
	}

	private static ValidationPolicy defaultPolicy() throws Exception {
		return new EtsiValidationPolicy(defaultConstraints());
	}

	/**
	 * The default policy with its DocMDP check raised from WARN to FAIL: what a relying
	 * party applies when it holds the certifier to its "no changes" (ISO 32000-1
	 * 12.8.2.2), as the verification page and our own verifier do.
	 */
	private static ValidationPolicy certificationEnforced() throws Exception {
		ConstraintsParameters constraints = defaultConstraints();
		LevelConstraint docMdp = constraints.getSignatureConstraints().getBasicSignatureConstraints().getDocMDP();
		docMdp.setLevel(Level.FAIL);
		return new EtsiValidationPolicy(constraints);
	}

	private static ConstraintsParameters defaultConstraints() throws Exception {
		try (InputStream in = ValidationPolicyFacade.class.getResourceAsStream(DEFAULT_POLICY)) {
			return ValidationPolicyFacade.newFacade().unmarshall(in);
		}
	}

	private static List<String> keys(List<Message> messages) {
		return messages.stream().map(Message::getKey).toList();
	}

	private static String messages(SimpleReport simple, String id) {
		return Stream.of(simple.getAdESValidationErrors(id), simple.getAdESValidationWarnings(id))
			.flatMap(List::stream)
			.map(Message::getValue)
			.toList()
			.toString();
	}

}

package la.anuyat.licence.internal.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The application's own time-stamping authority, for when no external one is configured
 * (the embedded demo): the same RFC 3161 tokens, signed with a key of the signing
 * keystore whose certificate is for time-stamping only. Its time is the server's clock.
 */
public final class LocalTimeStampAuthority implements TimeStampAuthority {

	/** ETSI EN 319 421's baseline time-stamp policy. */
	static final ASN1ObjectIdentifier BASELINE_POLICY = new ASN1ObjectIdentifier("0.4.0.2023.1.1");

	private final SigningKey key;

	private final SecureRandom random = new SecureRandom();

	public LocalTimeStampAuthority(SigningKey key) {
		this.key = key;
	}

	@Override
	public TimeStampToken stamp(byte[] sha256) {
		TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
		requests.setCertReq(true);
		TimeStampRequest request = requests.generate(NISTObjectIdentifiers.id_sha256, sha256,
				new BigInteger(64, this.random));
		return answer(request).getTimeStampToken();
	}

	/**
	 * Answers a time-stamp request as a TSA does over HTTP.
	 */
	public TimeStampResponse answer(TimeStampRequest request) {
		try {
			DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
				.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
			TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
				.build(SigningKeys.signatureAlgorithm(this.key.privateKey()), this.key.privateKey(),
						this.key.certificate()),
					sha256, BASELINE_POLICY);
			tokens.addCertificates(new JcaCertStore(this.key.chain()));
			TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
			BigInteger serial = new BigInteger(96, this.random);
			TimeStampResponse response = responses.generateGrantedResponse(request, serial, new Date());
			response.validate(request);
			return response;
		}
		catch (GeneralSecurityException | OperatorCreationException | TSPException ex) {
			throw new IllegalStateException("Cannot time-stamp", ex);
		}
	}

}

package la.anuyat.licence.internal.signing;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import la.anuyat.licence.CertificateToken;

/**
 * The compact token printed in a certificate's QR code: a JWS (ES256) signed with the
 * issuing authority's token key, stating the licence number, holder, type, validity and
 * authority ({@code iss}, {@code sub}, {@code hol} the holder as registered in Lao,
 * {@code typ}, {@code vf} and {@code vu} the first and last day of validity). A phone
 * checks it offline with the public keys published as a JWKS. Names are short and the
 * English holder name is left to the page because every character makes the QR code
 * denser.
 */
public final class CertificateTokens {

	/** Enough of the key's RFC 7638 thumbprint to tell the published keys apart. */
	private static final int KEY_ID_LENGTH = 12;

	private static final int MAX_TOKEN_LENGTH = 4096;

	private final SigningKeys keys;

	public CertificateTokens(SigningKeys keys) {
		this.keys = keys;
	}

	/**
	 * @return the compact serialisation of the token of this licence, signed for its
	 * authority
	 */
	public String sign(CertificateToken claims) {
		SigningKey key = this.keys.tokenKeyFor(claims.authorityCode());
		ECKey jwk = publicJwk(key);
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(claims.authorityCode())
			.subject(claims.licenceNumber())
			.claim("hol", claims.holderNameLo())
			.claim("typ", claims.licenceTypeCode())
			.claim("vf", claims.validFrom().toString())
			.claim("vu", claims.validUntil().toString());
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(jwk.getKeyID()).build(),
				set.build());
		try {
			jwt.sign(new ECDSASigner((ECPrivateKey) key.privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign the certificate token of " + claims.licenceNumber(), ex);
		}
	}

	/**
	 * @return the public token keys, as published at {@code /.well-known/jwks.json}
	 */
	public JWKSet publishedKeys() {
		List<JWK> jwks = new ArrayList<>();
		for (SigningKey key : this.keys.tokenKeys()) {
			jwks.add(publicJwk(key));
		}
		return new JWKSet(jwks);
	}

	/**
	 * @return the token's statements, when its signature verifies with a published key;
	 * empty for anything else (malformed, unknown key, tampered)
	 */
	public Optional<CertificateToken> read(String token) {
		if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		try {
			SignedJWT jwt = SignedJWT.parse(token.strip());
			if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
				return Optional.empty();
			}
			JWK key = publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
			if (!(key instanceof ECKey ec) || !jwt.verify(new ECDSAVerifier(ec))) {
				return Optional.empty();
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			return Optional.of(new CertificateToken(claims.getSubject(), claims.getStringClaim("hol"),
					claims.getStringClaim("typ"), LocalDate.parse(claims.getStringClaim("vf")),
					LocalDate.parse(claims.getStringClaim("vu")), claims.getIssuer(), key.getKeyID()));
		}
		catch (ParseException | JOSEException | DateTimeParseException | NullPointerException | ClassCastException ex) {
			return Optional.empty();
		}
	}

	private static String keyId(ECPublicKey key) throws JOSEException {
		return new ECKey.Builder(Curve.P_256, key).build().computeThumbprint().toString().substring(0, KEY_ID_LENGTH);
	}

	private static ECKey publicJwk(SigningKey key) {
		try {
			return new ECKey.Builder(Curve.P_256, (ECPublicKey) key.certificate().getPublicKey())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.keyID(keyId((ECPublicKey) key.certificate().getPublicKey()))
				.build();
		}
		catch (JOSEException | ClassCastException ex) {
			throw new IllegalStateException("The token key must be an EC P-256 key", ex);
		}
	}

}

package la.anuyat.licence.internal.certificate;

import java.util.Calendar;
import java.util.Objects;

import la.anuyat.licence.CertificateToken;
import la.anuyat.licence.internal.CertificateContent;
import la.anuyat.licence.internal.CertificateFactory;
import la.anuyat.licence.internal.signing.CertificateTokens;
import la.anuyat.licence.internal.signing.PadesSigner;
import la.anuyat.licence.internal.signing.RevocationLists;
import la.anuyat.licence.internal.signing.SigningKeys;
import la.anuyat.licence.internal.signing.TimeStampAuthority;

import org.springframework.stereotype.Component;

/**
 * Produces the certificate of an issued licence: renders the bilingual page, then signs
 * it (PAdES) with the issuing authority's key.
 */
@Component
public class SignedCertificateFactory implements CertificateFactory {

	/** The query parameter of the verification address that carries the token. */
	public static final String TOKEN_PARAMETER = "t";

	private final CertificateRenderer renderer;

	private final PadesSigner signer;

	private final SigningKeys keys;

	private final CertificateTokens tokens;

	public SignedCertificateFactory(SigningKeys keys, TimeStampAuthority timeStamps) {
		this.keys = keys;
		this.tokens = new CertificateTokens(keys);
		this.signer = new PadesSigner(timeStamps, new RevocationLists(keys));
		// The font files are read once, here, and fail the start-up if the build left
		// them out.
		this.renderer = new CertificateRenderer(new CertificateFonts());
	}

	@Override
	public byte[] produce(CertificateContent content) {
		Objects.requireNonNull(content.licenceNumber(), "licenceNumber");
		Objects.requireNonNull(content.verificationUrl(), "verificationUrl");
		String token = this.tokens.sign(new CertificateToken(content.licenceNumber(), content.holderNameLo(),
				content.licenceTypeCode(), content.issuedOn(), content.validUntil(), content.authorityCode(), null));
		byte[] unsigned = this.renderer.render(content, qrContent(content.verificationUrl(), token));
		String authority = (content.authorityNameEn() != null) ? content.authorityNameEn() : content.authorityCode();
		PadesSigner.Details details = new PadesSigner.Details(authority,
				"Licence " + content.licenceNumber() + " issued on case " + content.caseNumber(), "Lao PDR",
				Calendar.getInstance());
		return this.signer.sign(unsigned, this.keys.keyFor(content.authorityCode()), details);
	}

	/**
	 * The verification address with the token as its {@code t} parameter: a phone without
	 * any app of ours opens the page, which shows the token's statements checked against
	 * the published keys; an app checks the token offline. A JWS is URL-safe base64 and
	 * dots, so it needs no escaping.
	 */
	static String qrContent(String verificationUrl, String token) {
		return verificationUrl + (verificationUrl.contains("?") ? "&" : "?") + TOKEN_PARAMETER + "=" + token;
	}

}

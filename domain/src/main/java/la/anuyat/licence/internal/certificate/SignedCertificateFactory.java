package la.anuyat.licence.internal.certificate;

import java.util.Calendar;
import java.util.Objects;

import la.anuyat.licence.internal.CertificateContent;
import la.anuyat.licence.internal.CertificateFactory;
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

	private final CertificateRenderer renderer;

	private final PadesSigner signer;

	private final SigningKeys keys;

	public SignedCertificateFactory(SigningKeys keys, TimeStampAuthority timeStamps) {
		this.keys = keys;
		this.signer = new PadesSigner(timeStamps, new RevocationLists(keys));
		// The font files are read once, here, and fail the start-up if the build left
		// them out.
		this.renderer = new CertificateRenderer(new CertificateFonts());
	}

	@Override
	public byte[] produce(CertificateContent content) {
		Objects.requireNonNull(content.licenceNumber(), "licenceNumber");
		Objects.requireNonNull(content.verificationUrl(), "verificationUrl");
		byte[] unsigned = this.renderer.render(content);
		String authority = (content.authorityNameEn() != null) ? content.authorityNameEn() : content.authorityCode();
		PadesSigner.Details details = new PadesSigner.Details(authority,
				"Licence " + content.licenceNumber() + " issued on case " + content.caseNumber(), "Lao PDR",
				Calendar.getInstance());
		return this.signer.sign(unsigned, this.keys.keyFor(content.authorityCode()), details);
	}

}

package la.anuyat.licence.internal.signing;

import java.net.URI;

import org.bouncycastle.tsp.TimeStampToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured time-stamping authority: the external one at
 * {@code anuyat.signing.tsa-url}, or else the application's own.
 */
@Component
public class TimeStamping implements TimeStampAuthority {

	private final TimeStampAuthority authority;

	public TimeStamping(@Value("${anuyat.signing.tsa-url:}") String url, SigningKeys keys) {
		this.authority = (url == null || url.isBlank()) ? new Lazy(keys)
				: new HttpTimeStampAuthority(URI.create(url.strip()));
	}

	@Override
	public TimeStampToken stamp(byte[] sha256) {
		return this.authority.stamp(sha256);
	}

	/** Reads the key when the first certificate is signed, not at start-up. */
	private static final class Lazy implements TimeStampAuthority {

		private final SigningKeys keys;

		private volatile LocalTimeStampAuthority local;

		Lazy(SigningKeys keys) {
			this.keys = keys;
		}

		@Override
		public TimeStampToken stamp(byte[] sha256) {
			if (this.local == null) {
				this.local = new LocalTimeStampAuthority(this.keys.timeStampKey());
			}
			return this.local.stamp(sha256);
		}

	}

}

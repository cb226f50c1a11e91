package la.anuyat.licence.internal.signing;

import org.bouncycastle.tsp.TimeStampToken;

/**
 * Where a signature's time comes from: an RFC 3161 time-stamping authority, which signs
 * that a digest existed at a moment it vouches for.
 */
public interface TimeStampAuthority {

	/**
	 * @param sha256 the SHA-256 digest to stamp
	 * @return the authority's token over it, its certificate included
	 */
	TimeStampToken stamp(byte[] sha256);

}

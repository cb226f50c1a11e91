package la.anuyat.licence;

/**
 * The answer to "is this file a genuine certificate?", given the file itself.
 *
 * @param outcome what the file is
 * @param licenceNumber the licence it is a certificate of, for a genuine file; else null
 * @param licenceStatus that licence's status today, for a genuine file; else
 * {@link VerificationStatus#UNKNOWN}
 */
public record CertificateCheck(Outcome outcome, String licenceNumber, VerificationStatus licenceStatus) {

	public enum Outcome {

		/** Byte for byte the licence's current certificate, its signatures valid. */
		CURRENT,

		/**
		 * Byte for byte an earlier certificate of the licence, since superseded by the
		 * certificate of a renewal or an amendment.
		 */
		SUPERSEDED,

		/**
		 * Not a certificate the register issued, or one changed since: a different
		 * SHA-256, or signatures that do not verify.
		 */
		NOT_GENUINE,

		/** Not a PDF at all. */
		NOT_A_PDF

	}

	static CertificateCheck notGenuine(Outcome outcome) {
		return new CertificateCheck(outcome, null, VerificationStatus.UNKNOWN);
	}

}

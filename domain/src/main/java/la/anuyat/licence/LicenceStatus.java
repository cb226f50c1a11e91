package la.anuyat.licence;

/**
 * The recorded state of a licence. Expiry is also computed from the validity date, see
 * {@link Licence#verificationStatus(java.time.LocalDate)}. REVOKED, CANCELLED, EXPIRED
 * and SUPERSEDED are final.
 */
public enum LicenceStatus {

	ACTIVE, SUSPENDED, REVOKED, EXPIRED, CANCELLED, SUPERSEDED

}

package la.anuyat.party;

/**
 * A completed sign-up: the confirmation token goes into the link mailed to the applicant.
 */
public record SignUpResult(long companyId, String username, String confirmationToken) {
}

package la.anuyat.party;

/**
 * A new business signing up: its company data and the applicant's login.
 */
public record SignUp(String username, String passwordHash, String email, String companyNameLo, String companyNameEn,
		String registrationNumber, String taxNumber, String provinceCode, String address, String contactName,
		String phone) {
}

package la.anuyat.access;

/**
 * What a business enters to sign up: the applicant's login (plain password, hashed here
 * and never stored as given) and the company's details.
 */
public record SignUpForm(String username, String password, String email, String companyNameLo, String companyNameEn,
		String registrationNumber, String taxNumber, String provinceCode, String address, String contactName,
		String phone) {

	@Override
	public String toString() {
		// keeps the password out of logs
		return "SignUpForm[username=" + this.username + ", email=" + this.email + "]";
	}

}

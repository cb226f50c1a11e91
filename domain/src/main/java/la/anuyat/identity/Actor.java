package la.anuyat.identity;

/**
 * Who acts: a staff member of an authority, or an applicant acting for a company.
 *
 * @param username the login name
 * @param role the role
 * @param authorityCode the staff member's authority ("MTC" or a province code), null for
 * applicants
 * @param companyId the applicant's company, null for staff
 * @param sectionCode the section a staff member works for; null for every section of
 * their authority (and for applicants)
 */
public record Actor(String username, Role role, String authorityCode, Long companyId, String sectionCode) {

	/** An actor who works for no particular section. */
	public Actor(String username, Role role, String authorityCode, Long companyId) {
		this(username, role, authorityCode, companyId, null);
	}

	/** The ministry's code: its ministry officers see every authority's cases. */
	public static final String MINISTRY_CODE = "MTC";

	private static final Actor SYSTEM = new Actor("system", Role.ADMINISTRATOR, null, null);

	/**
	 * The system itself, for work done by the process engine on behalf of nobody in
	 * particular.
	 */
	public static Actor system() {
		return SYSTEM;
	}

	public boolean isApplicant() {
		return this.role == Role.APPLICANT;
	}

	public boolean isStaff() {
		return this.role != null && this.role != Role.APPLICANT;
	}

	/**
	 * Whether this actor may see and act on cases of the given authority. The ministry
	 * oversees every provincial department, so its ministry officers see everything;
	 * other staff only their own.
	 */
	public boolean hasJurisdictionOver(String authorityCode) {
		if (seesEveryAuthority()) {
			return true;
		}
		if (!isStaff() || authorityCode == null) {
			return false;
		}
		return authorityCode.equals(this.authorityCode);
	}

	/**
	 * Administrators and the ministry's ministry officers oversee every authority.
	 */
	public boolean seesEveryAuthority() {
		return this.role == Role.ADMINISTRATOR
				|| (this.role == Role.MINISTRY_OFFICER && MINISTRY_CODE.equals(this.authorityCode));
	}

}

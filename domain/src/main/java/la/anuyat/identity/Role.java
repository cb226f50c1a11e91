package la.anuyat.identity;

/**
 * What a user may do. Staff roles follow the organisation of a Department of Technology
 * and Communications: section officers study, leadership decides.
 */
public enum Role {

	APPLICANT, SECTION_OFFICER, LEADERSHIP, INSPECTOR, MINISTRY_OFFICER, ADMINISTRATOR;

	/**
	 * Whether users of this role search cases: the roles that open them (an applicant
	 * sees only their own, an inspector their assignments).
	 */
	public boolean searchesCases() {
		return this != APPLICANT && this != INSPECTOR;
	}

}

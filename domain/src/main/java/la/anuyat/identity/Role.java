package la.anuyat.identity;

/**
 * What a user may do. Staff roles follow the organisation of a Department of Technology
 * and Communications: section officers study, leadership decides.
 */
public enum Role {

	APPLICANT, SECTION_OFFICER, LEADERSHIP, INSPECTOR, MINISTRY_OFFICER, ADMINISTRATOR

}

package la.anuyat.authority;

/**
 * Whether an authority is the ministry or a provincial department.
 */
public enum AuthorityLevel {

	MINISTRY, PROVINCE

}

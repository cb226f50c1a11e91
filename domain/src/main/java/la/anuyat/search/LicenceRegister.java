package la.anuyat.search;

/**
 * The public licence register: no login, public fields only.
 */
public interface LicenceRegister {

	/**
	 * Searches licences by holder name (Lao or English) or licence number, with filters.
	 * The status filter uses today's date, so a licence past its validity date counts as
	 * {@link la.anuyat.licence.VerificationStatus#EXPIRED} even while its recorded status
	 * is still active.
	 * @throws la.anuyat.shared.InvalidInputException for a too long or meaningless text
	 * or paging out of range
	 */
	RegisterPage search(RegisterQuery query);

}

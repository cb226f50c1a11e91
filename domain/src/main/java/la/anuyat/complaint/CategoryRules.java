package la.anuyat.complaint;

/**
 * What the regulator's rules say of one category of complaint (complaint-categories.dmn).
 *
 * @param anonymousAllowed whether a complaint of the category may be filed without a name
 * and contact
 * @param responseDays the days the operator has to respond
 * @param graceDays the days after the response's due date until the assessment goes on
 * without one
 * @param section the section of an authority that handles the category (e.g.
 * {@code POST})
 * @param ministry whether the ministry handles the category rather than the province's
 * department
 * @param reopenDays the days after the decision during which the complainant may rate the
 * handling and reopen the complaint
 */
public record CategoryRules(boolean anonymousAllowed, int responseDays, int graceDays, String section, boolean ministry,
		int reopenDays) {
}

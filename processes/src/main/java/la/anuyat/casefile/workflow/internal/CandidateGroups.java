package la.anuyat.casefile.workflow.internal;

import java.util.List;

import la.anuyat.authority.Actor;

/**
 * Which candidate groups of the models an actor belongs to. The models name groups
 * {@code section-officer:<authority>} and {@code leadership:<authority>}; groups are
 * derived from the actor's role and authority rather than kept in the engine's identity
 * store, so there is one source of truth for who works where (the authority feature's
 * staff records).
 */
final class CandidateGroups {

	private CandidateGroups() {
	}

	static String sectionOfficers(String authorityCode) {
		return "section-officer:" + authorityCode;
	}

	static String leadership(String authorityCode) {
		return "leadership:" + authorityCode;
	}

	/**
	 * The authority a candidate group belongs to: the part after the colon.
	 */
	static String authorityOf(String group) {
		int colon = (group != null) ? group.indexOf(':') : -1;
		return (colon >= 0) ? group.substring(colon + 1) : null;
	}

	static List<String> of(Actor actor) {
		if (actor == null || actor.role() == null || actor.authorityCode() == null) {
			return List.of();
		}
		return switch (actor.role()) {
			case SECTION_OFFICER -> List.of(sectionOfficers(actor.authorityCode()));
			case LEADERSHIP -> List.of(leadership(actor.authorityCode()));
			// Ministry officers do the ministry's section work on national licences; they
			// oversee the
			// provinces' cases through the case lists, not by working their tasks.
			case MINISTRY_OFFICER -> Actor.MINISTRY_CODE.equals(actor.authorityCode())
					? List.of(sectionOfficers(Actor.MINISTRY_CODE)) : List.of();
			// Administrators and inspectors have no part in deciding applications.
			case ADMINISTRATOR, INSPECTOR, APPLICANT -> List.of();
		};
	}

}

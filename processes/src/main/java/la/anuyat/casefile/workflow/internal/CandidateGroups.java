package la.anuyat.casefile.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.AuthoritySection;

import org.springframework.stereotype.Component;

/**
 * Which candidate groups of the models an actor belongs to. The models name groups
 * {@code section-officer:<authority>:<section>} (tasks go to authority + section + role)
 * and {@code leadership:<authority>} (the department's head and deputies decide for every
 * section); groups are derived from the actor's role, authority and section rather than
 * kept in the engine's identity store, so there is one source of truth for who works
 * where (the authority feature's staff records). A section officer without a section
 * works for every section of their authority.
 */
@Component
class CandidateGroups {

	private final AuthorityService authorities;

	/**
	 * The section codes per authority: reference data seeded by migration, read once.
	 */
	private final Map<String, List<String>> sectionCodes = new ConcurrentHashMap<>();

	CandidateGroups(AuthorityService authorities) {
		this.authorities = authorities;
	}

	static String sectionOfficers(String authorityCode, String sectionCode) {
		return "section-officer:" + authorityCode + ":" + sectionCode;
	}

	static String leadership(String authorityCode) {
		return "leadership:" + authorityCode;
	}

	/**
	 * The authority a candidate group belongs to: the part after the role.
	 */
	static String authorityOf(String group) {
		if (group == null) {
			return null;
		}
		String[] parts = group.split(":");
		return (parts.length >= 2) ? parts[1] : null;
	}

	List<String> of(Actor actor) {
		if (actor == null || actor.role() == null || actor.authorityCode() == null) {
			return List.of();
		}
		return switch (actor.role()) {
			case SECTION_OFFICER -> sectionGroups(actor);
			case LEADERSHIP -> List.of(leadership(actor.authorityCode()));
			// Ministry officers do the ministry's section work on national licences; they
			// oversee the provinces' cases through the case lists, not by working their
			// tasks.
			case MINISTRY_OFFICER ->
				Actor.MINISTRY_CODE.equals(actor.authorityCode()) ? sectionGroups(actor) : List.of();
			// Administrators and inspectors have no part in deciding applications.
			case ADMINISTRATOR, INSPECTOR, APPLICANT -> List.of();
		};
	}

	private List<String> sectionGroups(Actor actor) {
		if (actor.sectionCode() != null) {
			return List.of(sectionOfficers(actor.authorityCode(), actor.sectionCode()));
		}
		List<String> groups = new ArrayList<>();
		for (String section : sectionCodesOf(actor.authorityCode())) {
			groups.add(sectionOfficers(actor.authorityCode(), section));
		}
		return groups;
	}

	private List<String> sectionCodesOf(String authorityCode) {
		return this.sectionCodes.computeIfAbsent(authorityCode,
				(code) -> this.authorities.sectionsOf(code).stream().map(AuthoritySection::getCode).toList());
	}

}

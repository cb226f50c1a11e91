package la.anuyat.access;

import java.util.Optional;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The names people are known by, for the pages that say who did what (case history,
 * notes, study and decision): a staff member's full name, an applicant's company, the
 * system for automatic steps. A login name only shows when nobody by that name is known
 * any more.
 */
@Component
public class PeopleNames {

	private static final LocalizedText SYSTEM = LocalizedText.of("ລະບົບ", "System");

	private final AuthorityService authorities;

	private final PartyService parties;

	PeopleNames(AuthorityService authorities, PartyService parties) {
		this.authorities = authorities;
		this.parties = parties;
	}

	public LocalizedText nameOf(String username) {
		if (username == null || username.isBlank()) {
			return LocalizedText.of("", "");
		}
		if (Actor.system().username().equals(username)) {
			return SYSTEM;
		}
		Optional<LocalizedText> staff = this.authorities.staffByUsername(username)
			.map((member) -> both(member.getFullNameLo(), member.getFullNameEn(), username));
		if (staff.isPresent()) {
			return staff.get();
		}
		return this.parties.accountByUsername(username)
			.map((account) -> this.parties.company(account.getCompanyId()))
			.map((company) -> both(company.getNameLo(), company.getNameEn(), username))
			.orElse(LocalizedText.of(username, username));
	}

	private static LocalizedText both(String lao, String english, String username) {
		String lo = blank(lao) ? (blank(english) ? username : english) : lao;
		String en = blank(english) ? lo : english;
		return LocalizedText.of(lo, en);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

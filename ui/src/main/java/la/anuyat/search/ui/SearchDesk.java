package la.anuyat.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.CaseSearch;
import la.anuyat.search.CaseSearchResult;
import la.anuyat.search.LicenceRegister;
import la.anuyat.search.RegisterPage;
import la.anuyat.search.RegisterQuery;

import org.springframework.stereotype.Component;

/**
 * What the search views ask of the application: the searches themselves (jurisdiction is
 * enforced inside {@link CaseSearch}) and the names that turn codes into words.
 */
@Component
class SearchDesk {

	private final CaseSearch caseSearch;

	private final LicenceRegister register;

	private final LicenceService licences;

	private final AuthorityService authorities;

	SearchDesk(CaseSearch caseSearch, LicenceRegister register, LicenceService licences, AuthorityService authorities) {
		this.caseSearch = caseSearch;
		this.register = register;
		this.licences = licences;
		this.authorities = authorities;
	}

	CaseSearchResult search(Actor actor, CaseQuery query) {
		return this.caseSearch.search(actor, query);
	}

	RegisterPage register(RegisterQuery query) {
		return this.register.search(query);
	}

	/**
	 * The names of licence types and authorities, read once per view.
	 */
	SearchLabels labels() {
		Map<String, LicenceType> types = new LinkedHashMap<>();
		for (LicenceType type : this.licences.licenceTypes()) {
			types.put(type.getCode(), type);
		}
		Map<String, Authority> authorityByCode = new LinkedHashMap<>();
		List<Authority> all = this.authorities.authorities();
		for (Authority authority : all) {
			authorityByCode.put(authority.getCode(), authority);
		}
		return new SearchLabels(types, authorityByCode);
	}

}

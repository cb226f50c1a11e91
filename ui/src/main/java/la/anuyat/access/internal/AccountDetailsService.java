package la.anuyat.access.internal;

import java.util.Optional;

import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.authority.StaffMember;
import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who may sign in: the regulator's staff and the applicants' accounts, both with bcrypt
 * password hashes. Staff get {@code ROLE_<their role>}, applicants
 * {@code ROLE_APPLICANT}. Deliberately not a {@code UserDetailsService} bean: the single
 * authentication provider uses it, and Spring Security would otherwise warn that a
 * second, ignored way to sign in exists.
 */
@Service
public class AccountDetailsService {

	private final AuthorityService authorities;

	private final PartyService parties;

	public AccountDetailsService(AuthorityService authorities, PartyService parties) {
		this.authorities = authorities;
		this.parties = parties;
	}

	public SignedInUser loadUserByUsername(String username) {
		return user(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	public Optional<SignedInUser> user(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		Optional<StaffMember> staff = this.authorities.staffByUsername(username);
		if (staff.isPresent()) {
			return staff.map(AccountDetailsService::staffUser);
		}
		return this.parties.accountByUsername(username).map(this::applicantUser);
	}

	private static SignedInUser staffUser(StaffMember member) {
		return new SignedInUser(member.getUsername(), member.getPasswordHash(), member.getRole(),
				member.getAuthorityCode(), member.getSectionCode(), null, true,
				LocalizedText.of(member.getFullNameLo(), member.getFullNameEn()));
	}

	private SignedInUser applicantUser(ApplicantAccount account) {
		Company company = this.parties.company(account.getCompanyId());
		String nameEn = (company.getNameEn() != null) ? company.getNameEn() : company.getNameLo();
		return new SignedInUser(account.getUsername(), account.getPasswordHash(), Role.APPLICANT, null,
				account.getCompanyId(), account.isEmailConfirmed(), LocalizedText.of(company.getNameLo(), nameEn));
	}

}

package la.anuyat.access.internal;

import java.util.List;
import java.util.Locale;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.LocalizedText;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The security principal: a staff member or an applicant, with what is needed to act as
 * them. Holds only serialisable values (not the entities) because Vaadin keeps it in the
 * HTTP session.
 */
public class SignedInUser extends User {

	private static final long serialVersionUID = 1L;

	private final Role role;

	private final String authorityCode;

	private final Long companyId;

	private final boolean emailConfirmed;

	private final String displayNameLo;

	private final String displayNameEn;

	private final String sectionCode;

	SignedInUser(String username, String passwordHash, Role role, String authorityCode, Long companyId,
			boolean emailConfirmed, LocalizedText displayName) {
		this(username, passwordHash, role, authorityCode, null, companyId, emailConfirmed, displayName);
	}

	SignedInUser(String username, String passwordHash, Role role, String authorityCode, String sectionCode,
			Long companyId, boolean emailConfirmed, LocalizedText displayName) {
		super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.role = role;
		this.authorityCode = authorityCode;
		this.companyId = companyId;
		this.emailConfirmed = emailConfirmed;
		this.displayNameLo = displayName.lo();
		this.displayNameEn = displayName.en();
		this.sectionCode = sectionCode;
	}

	public Actor actor() {
		return new Actor(getUsername(), this.role, this.authorityCode, this.companyId, this.sectionCode);
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmed;
	}

	public String displayName(Locale locale) {
		return LocalizedText.of(this.displayNameLo, this.displayNameEn).in(locale);
	}

}

package la.anuyat.access;

import java.util.Locale;
import java.util.Optional;

import la.anuyat.access.internal.AccountDetailsService;
import la.anuyat.access.internal.SignedInUser;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the current request (Vaadin or REST), read from Spring Security's
 * context: staff with their role and authority, applicants with their company.
 */
@Component
public class SignedInActor implements CurrentActor {

	private final AccountDetailsService accounts;

	private final SecurityContextHolderStrategy securityContexts;

	/**
	 * Reads the security context through this application context's own strategy (Vaadin
	 * registers one as a bean), not the JVM-wide holder: the holder's strategy is
	 * replaced by whichever application context started last, which would make another
	 * context's signed-in users look anonymous.
	 */
	public SignedInActor(AccountDetailsService accounts, ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.accounts = accounts;
		this.securityContexts = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * The signed-in actor.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in (Spring
	 * Security answers it with a sign-in request)
	 */
	@Override
	public Actor actor() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	/**
	 * The signed-in actor, empty for anonymous visitors.
	 */
	@Override
	public Optional<Actor> current() {
		return signedInUser().map(SignedInUser::actor);
	}

	/**
	 * A name to greet the signed-in user with: a staff member's full name, an applicant's
	 * company name.
	 */
	@Override
	public Optional<String> displayName(Locale locale) {
		return signedInUser().map((user) -> user.displayName(locale));
	}

	private Optional<SignedInUser> signedInUser() {
		Authentication authentication = this.securityContexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		// signed in by other means (a test's mock user, a future OIDC login): look the
		// account up by name
		return this.accounts.user(authentication.getName());
	}

}

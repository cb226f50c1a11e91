package la.anuyat.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is acting in the current request (a view or an API call): staff with their role,
 * authority and section, applicants with their company. Features ask this, never the
 * security framework, so they need not know how people sign in.
 */
public interface CurrentActor {

	/**
	 * The signed-in actor; fails (and the web layer asks for a sign-in) when nobody is
	 * signed in.
	 */
	Actor actor();

	/**
	 * The signed-in actor, empty for anonymous visitors.
	 */
	Optional<Actor> current();

	/**
	 * A name to greet the signed-in user with: a staff member's full name, an applicant's
	 * company name.
	 */
	Optional<String> displayName(Locale locale);

}

package la.anuyat.search;

import java.util.List;

/**
 * One page of the public licence register.
 */
public record RegisterPage(List<RegisterEntry> entries, long total, int page, int size) {

	public RegisterPage {
		entries = List.copyOf(entries);
	}

}

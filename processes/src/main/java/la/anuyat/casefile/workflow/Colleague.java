package la.anuyat.casefile.workflow;

import la.anuyat.shared.LocalizedText;

/**
 * A staff member to whom the leadership may hand a task.
 *
 * @param username the login name
 * @param name the full name in Lao and English
 */
public record Colleague(String username, LocalizedText name) {
}

package la.anuyat.licence.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.VerificationStatus;

/**
 * Where a licence stands, as /verify says it: valid, suspended until a day, revoked,
 * cancelled, expired or superseded.
 */
public class StandingBadge extends Span {

	public StandingBadge(VerificationStatus standing, LocalDate suspendedUntil) {
		String text = UserMessages.in(standing.label());
		if (standing == VerificationStatus.SUSPENDED && suspendedUntil != null) {
			text = text + " " + getTranslation("register.suspendedUntil", DisplayFormats.date(suspendedUntil));
		}
		setText(text);
		addClassNames("status-badge", "licence-" + standing.name());
	}

}

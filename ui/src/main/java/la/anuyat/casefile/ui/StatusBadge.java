package la.anuyat.casefile.ui;

import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseStatus;

/**
 * A case's status as a coloured label; the colour comes from the status name in
 * anuyat.css.
 */
public class StatusBadge extends Span {

	public StatusBadge(CaseStatus status) {
		super(UserMessages.in(status.label()));
		addClassNames("status-badge", "status-" + status.name());
	}

}

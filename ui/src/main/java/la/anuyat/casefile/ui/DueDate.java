package la.anuyat.casefile.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;

/**
 * A due date, marked when it has passed so that overdue work stands out.
 */
public class DueDate extends Span {

	public DueDate(LocalDateTime due, boolean overdue) {
		addClassName("due-date");
		if (due == null) {
			setText("—");
			return;
		}
		setText(DisplayFormats.date(due));
		if (overdue) {
			addClassName("overdue");
			Span marker = new Span(getTranslation("due.overdue"));
			marker.addClassName("overdue-marker");
			add(marker);
		}
	}

	public static boolean isOverdue(LocalDateTime due) {
		return due != null && due.isBefore(LocalDateTime.now());
	}

}

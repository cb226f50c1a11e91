package la.anuyat.casefile.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.workflow.TimelineStep;

/**
 * The expected course of an application for its applicant: the steps done with their
 * dates, the current step with its due date, and the expected dates of the steps ahead.
 */
public class ExpectedCourse extends Div {

	public ExpectedCourse(List<TimelineStep> steps) {
		addClassName("expected-course");
		setId("application-timeline");
		OrderedList list = new OrderedList();
		for (TimelineStep step : steps) {
			ListItem item = new ListItem();
			item.addClassName("timeline-step");
			item.addClassName(step.state().name().toLowerCase());
			item.getElement().setAttribute("data-step", step.key());
			Span name = new Span(UserMessages.in(step.name()));
			name.addClassName("timeline-step-name");
			item.add(name, new Span(" "));
			switch (step.state()) {
				case DONE -> item.add(new Span(getTranslation("timeline.done", DisplayFormats.date(step.done()))));
				case CURRENT -> {
					item.add(new Span(getTranslation("timeline.current") + " "));
					if (step.due() != null) {
						item.add(new Span(getTranslation("timeline.due") + " "),
								new DueDate(step.due(), DueDate.isOverdue(step.due())));
					}
				}
				case AHEAD ->
					item.add(new Span(getTranslation("timeline.expected", DisplayFormats.date(step.expected()))));
			}
			list.add(item);
		}
		add(list);
	}

}

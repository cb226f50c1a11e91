package la.anuyat.casefile.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseEvent;

/**
 * The history of a case, oldest first: when, who, what, and under which written
 * delegation when an acting head signed. People show by their names, times on Vientiane's
 * clock.
 */
public class CaseTimeline extends Div {

	public CaseTimeline(List<CaseEvent> events, UnaryOperator<String> nameOf) {
		addClassName("timeline");
		setId("case-timeline");
		OrderedList list = new OrderedList();
		events.stream().sorted(Comparator.comparing(CaseEvent::getAt)).forEach((event) -> {
			ListItem item = new ListItem();
			item.addClassName("timeline-event");
			Span when = new Span(DisplayFormats.dateTime(event.getAt()));
			when.addClassName("timeline-when");
			Span what = new Span(UserMessages.in(event.getDescription()));
			what.addClassName("timeline-what");
			Span who = new Span(nameOf.apply(event.getActor()));
			who.addClassName("timeline-who");
			item.add(when, what, who);
			if (event.getDelegationRef() != null && !event.getDelegationRef().isBlank()) {
				Span delegation = new Span(getTranslation("case.history.delegation", event.getDelegationRef()));
				delegation.addClassName("timeline-delegation");
				item.add(delegation);
			}
			list.add(item);
		});
		if (events.isEmpty()) {
			add(new Span(getTranslation("case.history.empty")));
		}
		add(list);
	}

}

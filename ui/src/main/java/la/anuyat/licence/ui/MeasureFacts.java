package la.anuyat.licence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.Measure;

/**
 * What a measure proposes and where it stands: for the holder who responds, and on the
 * measure's case for those who review it.
 */
public class MeasureFacts extends Div {

	public MeasureFacts(LicenceMeasure measure) {
		addClassName("facts");
		setId("measure-facts");
		add(fact("measure.licence", measure.getLicenceNumber()));
		add(fact("measure.measure", getTranslation("measure.kind." + measure.getMeasure().name())));
		if (measure.getSuspendUntil() != null) {
			add(fact("measure.until", DisplayFormats.date(measure.getSuspendUntil())));
		}
		if (measure.getMeasure() != Measure.CANCEL) {
			add(fact("measure.category", UserMessages.in(measure.getReasonCategory().label())));
			add(fact("measure.urgent", getTranslation(measure.isUrgent() ? "measure.yes" : "measure.no")));
		}
		add(fact("measure.grounds", UserMessages.in(measure.grounds())));
		add(fact("measure.requested", DisplayFormats.dateTime(measure.getRequestedAt())));
		if (measure.getRespondBy() != null) {
			add(fact("measure.respondBy", DisplayFormats.date(measure.getRespondBy())));
		}
		if (measure.getResponse() != null) {
			add(fact("measure.response", measure.getResponse()));
		}
		add(fact("measure.outcome", getTranslation("measure.outcome." + measure.getOutcome().name())));
	}

	private Div fact(String key, String value) {
		Span label = new Span(getTranslation(key));
		label.addClassName("fact-label");
		Span text = new Span((value != null) ? value : "");
		text.addClassName("fact-value");
		Div fact = new Div(label, text);
		fact.addClassName("fact");
		return fact;
	}

}

package la.anuyat.licence.ui;

import com.vaadin.flow.component.html.Div;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.Fact;
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
		add(new Fact(getTranslation("measure.licence"), measure.getLicenceNumber()));
		add(new Fact(getTranslation("measure.measure"), getTranslation("measure.kind." + measure.getMeasure().name())));
		if (measure.getSuspendUntil() != null) {
			add(new Fact(getTranslation("measure.until"), DisplayFormats.date(measure.getSuspendUntil())));
		}
		if (measure.getMeasure() != Measure.CANCEL) {
			add(new Fact(getTranslation("measure.category"), UserMessages.in(measure.getReasonCategory().label())));
			add(new Fact(getTranslation("measure.urgent"),
					getTranslation(measure.isUrgent() ? "measure.yes" : "measure.no")));
		}
		add(new Fact(getTranslation("measure.grounds"), UserMessages.in(measure.grounds())));
		add(new Fact(getTranslation("measure.requested"), DisplayFormats.dateTime(measure.getRequestedAt())));
		if (measure.getRespondBy() != null) {
			add(new Fact(getTranslation("measure.respondBy"), DisplayFormats.date(measure.getRespondBy())));
		}
		if (measure.getResponse() != null) {
			add(new Fact(getTranslation("measure.response"), measure.getResponse()));
		}
		add(new Fact(getTranslation("measure.outcome"),
				getTranslation("measure.outcome." + measure.getOutcome().name())));
	}

}

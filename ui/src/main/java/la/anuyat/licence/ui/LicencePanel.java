package la.anuyat.licence.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import la.anuyat.identity.Actor;
import la.anuyat.licence.Licence;
import la.anuyat.licence.VerificationStatus;

/**
 * The licence a case issued, on that case: where it stands, the verbs the reader may use
 * on it, and its measures.
 */
public class LicencePanel extends Div {

	public LicencePanel(LicenceMeasures measures, Actor actor, String licenceNumber, Runnable onChange) {
		addClassName("task-panel");
		setId("licence-panel");
		setWidthFull();
		Licence licence = measures.licence(licenceNumber).orElse(null);
		if (licence == null) {
			return;
		}
		VerificationStatus standing = measures.standing(licence);
		H3 title = new H3(getTranslation("measure.licenceTitle", licenceNumber));
		HorizontalLayout heading = new HorizontalLayout(title,
				new StandingBadge(standing, licence.getSuspendedUntil()));
		heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		add(heading, new LicenceActions(measures, actor, licenceNumber, standing, onChange),
				new MeasureList(measures, actor, List.of(licenceNumber), onChange));
	}

}

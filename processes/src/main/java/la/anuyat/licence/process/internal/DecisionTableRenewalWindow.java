package la.anuyat.licence.process.internal;

import java.util.Map;

import la.anuyat.licence.RenewalWindow;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * The renewal window of a licence type, from {@code licence-renewal-window.dmn}.
 */
@Component
class DecisionTableRenewalWindow implements RenewalWindow {

	static final String DECISION = "licenceRenewalWindow";

	private final DecisionService decisions;

	DecisionTableRenewalWindow(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public Window of(String licenceType) {
		Map<String, Object> window = this.decisions
			.evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("licenceType", licenceType))
			.getFirstResult();
		if (window == null) {
			throw new NotFoundException("licence.noRenewalWindow",
					LocalizedText.of("ບໍ່ມີກົດການຕໍ່ອາຍຸຂອງປະເພດ " + licenceType,
							"The rules give licence type " + licenceType + " no renewal window"));
		}
		return new Window(((Number) window.get("opensDaysBefore")).intValue(),
				((Number) window.get("graceDaysAfter")).intValue());
	}

}

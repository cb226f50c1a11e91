package la.anuyat.equipment.process.internal;

import java.util.Map;

import la.anuyat.equipment.PowerLimits;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The power limit of a band, from {@code equipment-power-limits.dmn}.
 */
@Component
class DecisionTablePowerLimits implements PowerLimits {

	static final String DECISION = "equipmentPowerLimits";

	private final DecisionService decisions;

	DecisionTablePowerLimits(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public Limit of(double lowerMhz, double upperMhz, String equipmentClass) {
		Map<String, Object> limit = this.decisions
			.evaluateDecisionTableByKey(DECISION,
					Variables.createVariables()
						.putValue("lowerMhz", lowerMhz)
						.putValue("upperMhz", upperMhz)
						.putValue("equipmentClass", equipmentClass))
			.getFirstResult();
		if (limit == null) {
			// the table ends with a default row; a table without one limits nothing
			return null;
		}
		return new Limit(((Number) limit.get("maxEirpDbm")).doubleValue(), DECISION + ": " + limit.get("rule"));
	}

}

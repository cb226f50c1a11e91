package la.anuyat.inspection.process.internal;

import java.util.Optional;
import java.util.function.BiFunction;

import la.anuyat.inspection.InspectionRules;
import la.anuyat.inspection.InspectionType;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The inspection rules from their decision tables: {@code inspection-type.dmn} gives the
 * checklist of a licence type, {@code inspection-risk-weights.dmn} adds up the risk
 * points.
 */
@Component
class DecisionTableInspectionRules implements InspectionRules {

	static final String TYPE = "inspectionType";

	static final String RISK = "inspectionRiskWeights";

	private final BiFunction<String, VariableMap, DmnDecisionTableResult> decisions;

	@Autowired
	DecisionTableInspectionRules(DecisionService decisions) {
		this(decisions::evaluateDecisionTableByKey);
	}

	/** Over any evaluator of the tables by key (the engine's, or a bare DMN engine's). */
	DecisionTableInspectionRules(BiFunction<String, VariableMap, DmnDecisionTableResult> decisions) {
		this.decisions = decisions;
	}

	@Override
	public Optional<InspectionType> typeFor(String licenceType) {
		DmnDecisionTableResult result = this.decisions.apply(TYPE,
				Variables.createVariables().putValue("licenceType", licenceType));
		return Optional.ofNullable(result.getFirstResult())
			.map((row) -> (String) row.get("inspectionType"))
			.map(InspectionType::valueOf);
	}

	@Override
	public int riskScore(RiskFacts facts) {
		DmnDecisionTableResult result = this.decisions.apply(RISK,
				Variables.createVariables()
					.putValue("licenceType", facts.licenceType())
					.putValue("upheldComplaints", facts.upheldComplaints())
					.putValue("pastMeasures", facts.pastMeasures())
					.putValue("neverInspected", facts.monthsSinceLastInspection() == null)
					.putValue("monthsSinceLastInspection", facts.monthsSinceLastInspection()));
		Object points = (result.getFirstResult() == null) ? null : result.getSingleEntry();
		return (points instanceof Number number) ? number.intValue() : 0;
	}

}

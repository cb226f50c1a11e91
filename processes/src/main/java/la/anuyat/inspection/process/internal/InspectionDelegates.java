package la.anuyat.inspection.process.internal;

import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.InspectionCase;
import la.anuyat.inspection.InspectionCases;

import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of inspection-findings. */
@Configuration(proxyBeanMethods = false)
class InspectionDelegates {

	@Bean
	JavaDelegate beginInspectionReviewDelegate(InspectionCases inspections) {
		return (execution) -> inspections.beginReview(((Number) execution.getVariable("caseId")).longValue());
	}

	/**
	 * Confirmed violations start an enforcement case of the same department, which names
	 * them (the equipment models without type approval among them) and refers to this
	 * case.
	 */
	@Bean
	JavaDelegate startEnforcementDelegate(InspectionCases inspections, EnforcementWorkflow enforcement) {
		return (execution) -> {
			InspectionCase inspection = inspections.byId(((Number) execution.getVariable("caseId")).longValue());
			EnforcementCase opened = enforcement.open(Actor.system(),
					new EnforcementDraft(EnforcementOrigin.INSPECTION, inspection.getCaseNumber(),
							(String) execution.getVariable("authorityCode"), inspection.getCompanyId(),
							inspection.getLicenceNumber(), String.join("\n", inspection.getViolations())));
			inspections.enforcementStarted(inspection.getCaseId().value(), opened.getCaseNumber());
		};
	}

}

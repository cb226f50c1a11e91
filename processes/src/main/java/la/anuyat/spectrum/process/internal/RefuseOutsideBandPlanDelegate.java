package la.anuyat.spectrum.process.internal;

import la.anuyat.spectrum.SpectrumLicensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends an application whose request does not fit the band plan refused, with the
 * band-plan check's reason; the licence application reads {@code assessmentOutcome}.
 */
@Component("refuseOutsideBandPlanDelegate")
class RefuseOutsideBandPlanDelegate implements JavaDelegate {

	private final SpectrumLicensing licensing;

	RefuseOutsideBandPlanDelegate(SpectrumLicensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		this.licensing.refuseOutsideBandPlan(caseId);
		execution.setVariable(SpectrumReviewHandler.ASSESSMENT_OUTCOME, SpectrumReviewHandler.REFUSED);
	}

}

package la.anuyat.spectrum.process.internal;

import la.anuyat.spectrum.SpectrumAssessment;
import la.anuyat.spectrum.SpectrumLicensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs the technical assessment of the case's request and keeps its report on the case
 * (see {@link SpectrumLicensing#assess}); the model routes on its verdict and on whether
 * the station needs cross-border coordination.
 */
@Component("checkSpectrumDelegate")
class CheckSpectrumDelegate implements JavaDelegate {

	static final String VERDICT = "spectrumVerdict";

	static final String COORDINATION_REQUIRED = "coordinationRequired";

	private final SpectrumLicensing licensing;

	CheckSpectrumDelegate(SpectrumLicensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		SpectrumAssessment assessment = this.licensing.assess(caseId);
		execution.setVariable(VERDICT, assessment.getVerdict().name());
		execution.setVariable(COORDINATION_REQUIRED, assessment.isCoordinationRequired());
	}

}

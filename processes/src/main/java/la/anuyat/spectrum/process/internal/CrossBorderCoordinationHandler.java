package la.anuyat.spectrum.process.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.spectrum.CoordinationOutcome;
import la.anuyat.spectrum.SpectrumLicensing;

import org.springframework.stereotype.Component;

/**
 * The outcome of cross-border coordination, recorded on the case's assessment (the
 * administrations and the reference recorded before); an objection closes the case
 * refused and sets {@code assessmentOutcome} to {@code refused}.
 */
@Component
class CrossBorderCoordinationHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_coordinateCrossBorder";

	private final SpectrumLicensing licensing;

	CrossBorderCoordinationHandler(SpectrumLicensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		CoordinationOutcome outcome = CoordinationOutcome.ofTaskOutcome(completion.outcome())
			.orElseThrow(() -> new IllegalStateException("Unknown outcome " + completion.outcome()));
		this.licensing.coordinated(completion.actor(), completion.caseId(), outcome, completion.comment());
		return (outcome == CoordinationOutcome.OBJECTED)
				? Map.of(SpectrumReviewHandler.ASSESSMENT_OUTCOME, SpectrumReviewHandler.REFUSED) : Map.of();
	}

}

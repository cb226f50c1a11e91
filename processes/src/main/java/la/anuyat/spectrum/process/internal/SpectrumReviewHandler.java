package la.anuyat.spectrum.process.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.spectrum.ReviewOutcome;
import la.anuyat.spectrum.SpectrumLicensing;

import org.springframework.stereotype.Component;

/**
 * The engineer's conclusion on the spectrum report, recorded on the case's assessment; a
 * refusal closes the case. The licence application reads it back as
 * {@code assessmentOutcome} ({@code refused} for a refusal).
 */
@Component
class SpectrumReviewHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_reviewSpectrum";

	static final String ASSESSMENT_OUTCOME = "assessmentOutcome";

	static final String REFUSED = "refused";

	private final SpectrumLicensing licensing;

	SpectrumReviewHandler(SpectrumLicensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		// the model declares the outcomes, and the facade checked the outcome against
		// them
		ReviewOutcome outcome = ReviewOutcome.ofTaskOutcome(completion.outcome())
			.orElseThrow(() -> new IllegalStateException("Unknown outcome " + completion.outcome()));
		this.licensing.review(completion.actor(), completion.caseId(), outcome, completion.comment());
		return Map.of(ASSESSMENT_OUTCOME, (outcome == ReviewOutcome.REFUSED) ? REFUSED : outcome.taskOutcome());
	}

}

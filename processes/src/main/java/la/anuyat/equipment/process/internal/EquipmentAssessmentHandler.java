package la.anuyat.equipment.process.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.equipment.AssessmentOutcome;
import la.anuyat.equipment.EquipmentService;

import org.springframework.stereotype.Component;

/**
 * The engineer's conclusion on the equipment's bands, recorded on its type approval; the
 * licence application reads it back as {@code assessmentOutcome}.
 */
@Component
class EquipmentAssessmentHandler implements TaskCompletionHandler {

	static final String TASK_KEY = "userTask_assessEquipment";

	static final String ASSESSMENT_OUTCOME = "assessmentOutcome";

	private final EquipmentService equipment;

	EquipmentAssessmentHandler(EquipmentService equipment) {
		this.equipment = equipment;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK_KEY);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		// the model declares the outcomes, and the facade checked the outcome against
		// them
		AssessmentOutcome outcome = AssessmentOutcome.ofTaskOutcome(completion.outcome())
			.orElseThrow(() -> new IllegalStateException("Unknown outcome " + completion.outcome()));
		this.equipment.conclude(completion.actor(), completion.caseId(), outcome, completion.comment());
		return Map.of(ASSESSMENT_OUTCOME, outcome.taskOutcome());
	}

}

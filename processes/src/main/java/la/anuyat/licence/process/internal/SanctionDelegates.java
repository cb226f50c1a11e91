package la.anuyat.licence.process.internal;

import java.time.Clock;
import java.time.LocalDate;

import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.Measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of licence-sanction, each one call of {@link LicenceLifecycle}: read
 * the case id, call, write the timer moment the model waits for.
 */
@Configuration(proxyBeanMethods = false)
class SanctionDelegates {

	/**
	 * Tells the holder; unless the measure is urgent, they may respond up to and
	 * including the last day of the period the decision table gave.
	 */
	@Bean
	JavaDelegate notifyHolderDelegate(LicenceLifecycle lifecycle, Clock clock) {
		return (execution) -> {
			long caseId = LifecycleVariables.caseId(execution);
			boolean urgent = Boolean.TRUE.equals(execution.getVariable(LifecycleVariables.URGENT));
			if (urgent) {
				lifecycle.notifyHolder(caseId, null);
				return;
			}
			int days = ((Number) LifecycleVariables.required(execution, LifecycleVariables.RESPONSE_DAYS)).intValue();
			LocalDate respondBy = LocalDate.now(clock).plusDays(days);
			lifecycle.notifyHolder(caseId, respondBy);
			execution.setVariable(LifecycleVariables.RESPONSE_DEADLINE,
					LifecycleVariables.startOf(respondBy.plusDays(1)));
		};
	}

	@Bean
	JavaDelegate beginMeasureReviewDelegate(LicenceLifecycle lifecycle) {
		return (execution) -> lifecycle.beginReview(LifecycleVariables.caseId(execution));
	}

	/**
	 * The measure takes effect; a suspension's end becomes the moment its timer lifts it:
	 * the day after its last day.
	 */
	@Bean
	JavaDelegate applyMeasureDelegate(LicenceLifecycle lifecycle) {
		return (DelegateExecution execution) -> {
			long caseId = LifecycleVariables.caseId(execution);
			lifecycle.applyMeasure(caseId);
			LicenceMeasure measure = lifecycle.measureOfCase(caseId);
			if (measure.getMeasure() == Measure.SUSPEND) {
				execution.setVariable(LifecycleVariables.LIFT_AT,
						LifecycleVariables.startOf(measure.getSuspendUntil().plusDays(1)));
			}
		};
	}

	@Bean
	JavaDelegate dropMeasureDelegate(LicenceLifecycle lifecycle) {
		return (execution) -> lifecycle.dropMeasure(LifecycleVariables.caseId(execution));
	}

	@Bean
	JavaDelegate liftSuspensionDelegate(LicenceLifecycle lifecycle) {
		return (execution) -> lifecycle.liftSuspension(LifecycleVariables.caseId(execution));
	}

}

package la.anuyat.enforcement.process.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enforcement steps whose content is written through the enforcement API (the record,
 * the proposal, the seized items' fate): completing one checks that it was, and the
 * follow-up records its result.
 */
@Configuration(proxyBeanMethods = false)
class StepHandlers {

	static final String RECORDED = "recorded";

	static final String PROPOSED = "proposed";

	static final String SETTLED = "settled";

	static final String COMPLIANT = "compliant";

	@Bean
	TaskCompletionHandler writeRecordHandler(Enforcements enforcements) {
		return requiring(enforcements, EnforcementVariables.RECORD_TASK, EnforcementCase::isRecorded,
				LocalizedText.of("ກະລຸນາບັນທຶກການລະເມີດກ່ອນ", "Make the written record first"), false);
	}

	@Bean
	TaskCompletionHandler proposeMeasureHandler(Enforcements enforcements) {
		return requiring(enforcements, EnforcementVariables.PROPOSE_TASK, EnforcementCase::isProposed,
				LocalizedText.of("ກະລຸນາສະເໜີມາດຕະການກ່ອນ", "Propose the measure first"), true);
	}

	@Bean
	TaskCompletionHandler settleSeizureHandler(Enforcements enforcements) {
		return requiring(enforcements, EnforcementVariables.SEIZURE_TASK, EnforcementCase::seizureSettled,
				LocalizedText.of("ຍັງມີອຸປະກອນທີ່ຍຶດໄວ້ຢູ່", "Some seized items are still held"), false);
	}

	@Bean
	TaskCompletionHandler followUpHandler(Enforcements enforcements) {
		return new TaskCompletionHandler() {

			@Override
			public Set<String> taskKeys() {
				return Set.of(EnforcementVariables.FOLLOW_UP_TASK);
			}

			@Override
			public Map<String, Object> complete(TaskCompletion completion) {
				enforcements.followUp(completion.caseId(), completion.actor(), COMPLIANT.equals(completion.outcome()),
						completion.comment());
				return Map.of();
			}

		};
	}

	private static TaskCompletionHandler requiring(Enforcements enforcements, String taskKey,
			Predicate<EnforcementCase> done, LocalizedText missing, boolean withMeasure) {
		return new TaskCompletionHandler() {

			@Override
			public Set<String> taskKeys() {
				return Set.of(taskKey);
			}

			@Override
			public Map<String, Object> complete(TaskCompletion completion) {
				EnforcementCase enforcement = enforcements.byId(completion.caseId());
				if (!done.test(enforcement)) {
					throw new ConflictException("enforcement.stepIncomplete", missing);
				}
				return withMeasure ? Map.of(EnforcementVariables.MEASURE, enforcement.getMeasure().name()) : Map.of();
			}

		};
	}

}

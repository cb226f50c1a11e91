package la.anuyat.licence.process.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.licence.LicenceLifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of licence-expiry. The reminders are the decision table's offsets
 * (days before the last valid day), each at the start of its day; a reminder whose day
 * has passed when the watch begins (a short validity, a licence from before) is left out.
 */
@Configuration(proxyBeanMethods = false)
class ExpiryDelegates {

	@Bean
	JavaDelegate planExpiryRemindersDelegate(Clock clock) {
		return (execution) -> {
			LocalDate validUntil = LifecycleVariables.validUntil(execution);
			execution.setVariable(LifecycleVariables.EXPIRES_AT, LifecycleVariables.startOf(validUntil.plusDays(1)));
			planNext(execution, clock, Integer.MAX_VALUE);
		};
	}

	@Bean
	JavaDelegate sendExpiryReminderDelegate(LicenceLifecycle lifecycle, Clock clock) {
		return (execution) -> {
			int days = ((Number) LifecycleVariables.required(execution, LifecycleVariables.NEXT_REMINDER_DAYS))
				.intValue();
			lifecycle.remindOfExpiry(LifecycleVariables.licenceNumber(execution), days);
			planNext(execution, clock, days);
		};
	}

	@Bean
	JavaDelegate expireLicenceDelegate(LicenceLifecycle lifecycle) {
		return (execution) -> lifecycle.expire(LifecycleVariables.licenceNumber(execution));
	}

	/**
	 * The next reminder: the largest offset below the one just sent whose moment is still
	 * ahead.
	 */
	private static void planNext(DelegateExecution execution, Clock clock, int belowDays) {
		LocalDate validUntil = LifecycleVariables.validUntil(execution);
		LocalDateTime now = LocalDateTime.now(clock);
		Optional<Integer> next = offsets(execution).stream()
			.filter((days) -> days > 0 && days < belowDays)
			.filter((days) -> validUntil.minusDays(days).atStartOfDay().isAfter(now))
			.max(Integer::compare);
		execution.setVariable(LifecycleVariables.NEXT_REMINDER_DAYS, next.orElse(null));
		execution.setVariable(LifecycleVariables.NEXT_REMINDER_AT,
				next.map((days) -> LifecycleVariables.startOf(validUntil.minusDays(days))).orElse(null));
	}

	private static List<Integer> offsets(DelegateExecution execution) {
		Object value = execution.getVariable(LifecycleVariables.REMINDER_OFFSETS);
		if (!(value instanceof Collection<?> collection)) {
			return List.of();
		}
		return collection.stream().filter(Number.class::isInstance).map((n) -> ((Number) n).intValue()).toList();
	}

}

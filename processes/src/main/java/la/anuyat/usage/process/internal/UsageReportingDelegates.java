package la.anuyat.usage.process.internal;

import java.util.Optional;

import la.anuyat.usage.ReportingPeriod;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReports;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of usage-reporting: plan the next period, record that its report is
 * due, and turn a report missing after its due date overdue. Each reads the ids and the
 * schedule from the variables, asks the usage reports once and writes back the moment of
 * the next timer.
 */
@Configuration(proxyBeanMethods = false)
class UsageReportingDelegates {

	@Bean
	JavaDelegate planUsagePeriodDelegate(UsageReports reports) {
		return (execution) -> {
			Optional<ReportingPeriod> next = reports.nextPeriod(UsageReportingVariables.licenceNumber(execution),
					UsageReportingVariables.periodMonths(execution), UsageReportingVariables.periodEnd(execution));
			UsageReportingVariables.setPeriod(execution, next.orElse(null));
		};
	}

	@Bean
	JavaDelegate openUsageReportDelegate(UsageReports reports) {
		return (execution) -> {
			Optional<UsageReport> report = reports.periodEnded(UsageReportingVariables.licenceNumber(execution),
					UsageReportingVariables.period(execution), UsageReportingVariables.graceDays(execution));
			execution.setVariable(UsageReportingVariables.OVERDUE_AT,
					report.map((due) -> UsageReportingVariables.startOf(due.getDueDate().plusDays(1))).orElse(null));
		};
	}

	@Bean
	JavaDelegate flagOverdueUsageReportsDelegate(UsageReports reports) {
		return (execution) -> reports.markOverdue(UsageReportingVariables.licenceNumber(execution));
	}

}

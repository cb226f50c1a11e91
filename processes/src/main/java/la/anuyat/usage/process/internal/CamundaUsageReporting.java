package la.anuyat.usage.process.internal;

import java.time.LocalDate;
import java.util.Optional;

import la.anuyat.usage.ReportingPeriod;
import la.anuyat.usage.process.UsageReporting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * {@link UsageReporting} on Camunda 7: the running period is the one the licence's
 * process planned and waits for the end of.
 */
@Service
class CamundaUsageReporting implements UsageReporting {

	private final RuntimeService runtime;

	CamundaUsageReporting(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public Optional<ReportingPeriod> currentPeriod(String licenceNumber) {
		if (licenceNumber == null) {
			return Optional.empty();
		}
		Optional<ProcessInstance> planning = ReportingInstances.planningPeriods(this.runtime, licenceNumber);
		if (planning.isEmpty()) {
			return Optional.empty();
		}
		ProcessInstance instance = planning.get();
		Object start = this.runtime.getVariable(instance.getId(), UsageReportingVariables.PERIOD_START);
		Object end = this.runtime.getVariable(instance.getId(), UsageReportingVariables.PERIOD_END);
		if (!(start instanceof String first) || !(end instanceof String last)) {
			return Optional.empty();
		}
		return Optional.of(new ReportingPeriod(LocalDate.parse(first), LocalDate.parse(last)));
	}

}

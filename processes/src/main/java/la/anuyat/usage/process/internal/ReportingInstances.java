package la.anuyat.usage.process.internal;

import java.util.Optional;

import la.anuyat.usage.process.UsageReporting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The licence's usage-reporting instance that plans periods now: the one waiting for a
 * period's end. Another instance of the licence may still be running only to follow up
 * its last report's due date, after its periods ran out.
 */
final class ReportingInstances {

	private ReportingInstances() {
	}

	static Optional<ProcessInstance> planningPeriods(RuntimeService runtime, String licenceNumber) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(UsageReporting.PROCESS)
			.processInstanceBusinessKey(licenceNumber)
			.active()
			.list()
			.stream()
			.filter((instance) -> runtime.getVariable(instance.getId(), UsageReportingVariables.PERIOD_ENDS_AT) != null)
			.findFirst();
	}

}

package la.anuyat.licence.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceLifecycle;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.springframework.stereotype.Component;

/**
 * The open licences that never had a process of a given key (business key = licence
 * number), running or ended: the licences issued before that process existed, which a
 * feature's start-up gives one.
 */
@Component
public class LicencesWithoutProcess {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final LicenceLifecycle lifecycle;

	LicencesWithoutProcess(RuntimeService runtime, HistoryService history, LicenceLifecycle lifecycle) {
		this.runtime = runtime;
		this.history = history;
		this.lifecycle = lifecycle;
	}

	public List<Licence> of(String processKey) {
		Set<String> had = new HashSet<>();
		this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.list()
			.forEach((instance) -> had.add(instance.getBusinessKey()));
		this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.list()
			.stream()
			.map(HistoricProcessInstance::getBusinessKey)
			.forEach(had::add);
		return this.lifecycle.openLicences()
			.stream()
			.filter((licence) -> !had.contains(licence.getLicenceNumber()))
			.toList();
	}

}

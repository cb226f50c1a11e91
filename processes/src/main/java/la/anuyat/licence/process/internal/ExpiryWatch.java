package la.anuyat.licence.process.internal;

import java.util.HashSet;
import java.util.Set;

import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceIssued;
import la.anuyat.licence.LicenceRenewed;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;
import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceService;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every licence has one licence-expiry process (business key = licence number): started
 * in the transaction that issues the licence, and on start-up for licences issued before
 * the process existed. The start-up step reads the open licences and the licences that
 * already have an expiry process (running or ended, e.g. by a renewal) in bulk and starts
 * only the missing ones, so running it again starts nothing.
 */
@Component
class ExpiryWatch {

	private static final Logger log = LoggerFactory.getLogger(ExpiryWatch.class);

	private final RuntimeService runtime;

	private final HistoryService history;

	private final LicenceService licences;

	private final LicenceLifecycle lifecycle;

	ExpiryWatch(RuntimeService runtime, HistoryService history, LicenceService licences, LicenceLifecycle lifecycle) {
		this.runtime = runtime;
		this.history = history;
		this.licences = licences;
		this.lifecycle = lifecycle;
	}

	@EventListener
	void licenceIssued(LicenceIssued event) {
		this.licences.licence(event.licenceNumber()).ifPresent(this::watch);
	}

	/**
	 * A renewed licence's watch starts over: the old one ends by the renewal message,
	 * without expiring the licence, and a new one watches the new last day.
	 */
	@EventListener
	void licenceRenewed(LicenceRenewed event) {
		this.runtime.createMessageCorrelation(LicenceLifecycleWorkflow.LICENCE_RENEWED)
			.processInstanceBusinessKey(event.licenceNumber())
			.correlateAllWithResult();
		this.licences.licence(event.licenceNumber()).ifPresent(this::watch);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void watchLicencesFromBefore() {
		Set<String> watched = new HashSet<>();
		this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleVariables.EXPIRY_PROCESS)
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.forEach(watched::add);
		this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LifecycleVariables.EXPIRY_PROCESS)
			.list()
			.stream()
			.map(HistoricProcessInstance::getBusinessKey)
			.forEach(watched::add);
		int started = 0;
		for (Licence licence : this.lifecycle.openLicences()) {
			if (!watched.contains(licence.getLicenceNumber())) {
				watch(licence);
				started++;
			}
		}
		if (started > 0) {
			log.info("Expiry processes started for {} licences issued before them", started);
		}
	}

	private void watch(Licence licence) {
		this.runtime.startProcessInstanceByKey(LifecycleVariables.EXPIRY_PROCESS, licence.getLicenceNumber(),
				LifecycleVariables.atExpiryStart(licence.getLicenceNumber(), licence.getLicenceTypeCode(),
						licence.getValidUntil()));
	}

}

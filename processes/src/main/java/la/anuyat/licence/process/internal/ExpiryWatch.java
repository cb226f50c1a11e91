package la.anuyat.licence.process.internal;

import java.util.List;

import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceIssued;
import la.anuyat.licence.LicenceRenewed;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.process.LicencesWithoutProcess;

import org.camunda.bpm.engine.RuntimeService;
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

	private final LicenceService licences;

	private final LicencesWithoutProcess licencesWithoutProcess;

	ExpiryWatch(RuntimeService runtime, LicenceService licences, LicencesWithoutProcess licencesWithoutProcess) {
		this.runtime = runtime;
		this.licences = licences;
		this.licencesWithoutProcess = licencesWithoutProcess;
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
		List<Licence> before = this.licencesWithoutProcess.of(LifecycleVariables.EXPIRY_PROCESS);
		before.forEach(this::watch);
		if (!before.isEmpty()) {
			log.info("Expiry processes started for {} licences issued before them", before.size());
		}
	}

	private void watch(Licence licence) {
		this.runtime.startProcessInstanceByKey(LifecycleVariables.EXPIRY_PROCESS, licence.getLicenceNumber(),
				LifecycleVariables.atExpiryStart(licence.getLicenceNumber(), licence.getLicenceTypeCode(),
						licence.getValidUntil()));
	}

}

package la.anuyat.usage.process.internal;

import java.util.List;

import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceIssued;
import la.anuyat.licence.LicenceRenewed;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.process.LicencesWithoutProcess;
import la.anuyat.usage.UsageReports;
import la.anuyat.usage.process.UsageReporting;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every licence has one usage-reporting process (business key = licence number), started
 * in the transaction that issues it; its decision table ends it at once for a type that
 * owes no reports. A renewal extends the validity the running process reads, so it
 * carries on; only a licence whose periods had run out (renewed after it expired) gets a
 * new one, which goes on from the last recorded period. On start-up, licences issued
 * before the process existed get theirs, as for licence-expiry.
 */
@Component
class UsageReportingWatch {

	private static final Logger log = LoggerFactory.getLogger(UsageReportingWatch.class);

	private final RuntimeService runtime;

	private final LicenceService licences;

	private final LicencesWithoutProcess licencesWithoutProcess;

	private final UsageReports reports;

	UsageReportingWatch(RuntimeService runtime, LicenceService licences, LicencesWithoutProcess licencesWithoutProcess,
			UsageReports reports) {
		this.runtime = runtime;
		this.licences = licences;
		this.licencesWithoutProcess = licencesWithoutProcess;
		this.reports = reports;
	}

	@EventListener
	void licenceIssued(LicenceIssued event) {
		this.licences.licence(event.licenceNumber()).ifPresent(this::start);
	}

	/**
	 * A renewal extends the validity that the licence's process reads when it plans the
	 * next period, so a process still planning carries on. One whose periods had run out
	 * (the licence expired, then was renewed within its grace period) may still wait for
	 * its last report's due date; a new one takes up the periods from the last report on.
	 */
	@EventListener
	void licenceRenewed(LicenceRenewed event) {
		if (ReportingInstances.planningPeriods(this.runtime, event.licenceNumber()).isPresent()) {
			return;
		}
		this.licences.licence(event.licenceNumber()).ifPresent(this::start);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void startForLicencesFromBefore() {
		List<Licence> before = this.licencesWithoutProcess.of(UsageReporting.PROCESS);
		before.forEach(this::start);
		if (!before.isEmpty()) {
			log.info("Usage-reporting processes started for {} licences issued before them", before.size());
		}
	}

	private void start(Licence licence) {
		this.runtime.startProcessInstanceByKey(UsageReporting.PROCESS, licence.getLicenceNumber(),
				UsageReportingVariables.atStart(licence.getLicenceNumber(), licence.getLicenceTypeCode(),
						this.reports.reportingChoice(licence.getLicenceNumber())));
	}

}

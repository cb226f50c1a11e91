package la.anuyat.usage.ui;

import java.util.List;
import java.util.Optional;

import la.anuyat.identity.Actor;
import la.anuyat.usage.ReportingPeriod;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportDraft;
import la.anuyat.usage.UsageReports;
import la.anuyat.usage.process.UsageReporting;

import org.springframework.stereotype.Component;

/**
 * What the company page asks about usage reports: the reports of a licence (the service
 * checks who may see them), the period running now (the process's), and the holder's
 * submission. It joins the two sources so that the view asks one.
 */
@Component
public class LicenceUsageReports {

	private final UsageReports reports;

	private final UsageReporting reporting;

	LicenceUsageReports(UsageReports reports, UsageReporting reporting) {
		this.reports = reports;
		this.reporting = reporting;
	}

	/**
	 * Whether the licence owes usage reports: it has some, or a period is running.
	 */
	public boolean owesReports(Actor actor, String licenceNumber) {
		return !reportsOf(actor, licenceNumber).isEmpty() || currentPeriod(licenceNumber).isPresent();
	}

	List<UsageReport> reportsOf(Actor actor, String licenceNumber) {
		return this.reports.reportsOf(actor, licenceNumber);
	}

	/** The period running now; for a reader who reached the licence through its page. */
	Optional<ReportingPeriod> currentPeriod(String licenceNumber) {
		return this.reporting.currentPeriod(licenceNumber);
	}

	UsageReport submit(Actor applicant, String licenceNumber, long reportId, UsageReportDraft draft) {
		return this.reports.submit(applicant, licenceNumber, reportId, draft);
	}

}

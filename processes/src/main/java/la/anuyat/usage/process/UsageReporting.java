package la.anuyat.usage.process;

import java.util.Optional;

import la.anuyat.usage.ReportingPeriod;

/**
 * The usage-reporting process of a licence, for the UI and the REST API: which period is
 * running now. The reports themselves (due, overdue, submitted) are the domain's
 * ({@link la.anuyat.usage.UsageReports}); the process only says when a period ends.
 */
public interface UsageReporting {

	/** The process key; one instance per licence, business key = licence number. */
	String PROCESS = "usage-reporting";

	/**
	 * The reporting period that runs now for the licence: its report falls due when it
	 * ends. None when the licence owes no usage reports, or no longer.
	 */
	Optional<ReportingPeriod> currentPeriod(String licenceNumber);

}

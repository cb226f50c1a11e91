package la.anuyat.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.usage.internal.UsageReportRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usage reports a licence's holder owes per period (for a special number: the calls
 * or messages it received and whether it still serves its purpose). Which licence types
 * owe them, how often and with how many days of grace is the usage-reporting process's
 * decision table; this service keeps the periods, takes the holder's figures and turns a
 * report overdue when its due date passes. Every change is audited on the licence.
 */
@Service
@Transactional
public class UsageReports {

	/**
	 * The answer of a licence's application form that chooses how often its holder
	 * reports (the special-number form asks it, and the certificate shows it).
	 */
	public static final String REPORTING_CHOICE_FIELD = "usageReporting";

	private static final String SUBJECT = "licence";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final UsageReportRepository reports;

	private final LicenceService licences;

	private final CaseFileService cases;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public UsageReports(UsageReportRepository reports, LicenceService licences, CaseFileService cases, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events) {
		this.reports = reports;
		this.licences = licences;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The licence's next reporting period: from the day after the given last day (null:
	 * after its last recorded report, or from its issue), for the given months, cut at
	 * its last valid day. None once the licence has ended (revoked, cancelled, expired,
	 * superseded) or its validity is used up; a renewal that extends the validity gives
	 * further periods.
	 */
	@Transactional(readOnly = true)
	public Optional<ReportingPeriod> nextPeriod(String licenceNumber, int periodMonths, LocalDate previousEnd) {
		Licence licence = licence(licenceNumber);
		if (!licence.isOpen()) {
			return Optional.empty();
		}
		LocalDate firstDay = (previousEnd != null) ? previousEnd.plusDays(1)
				: this.reports.findFirstByLicenceNumberOrderByPeriodEndDesc(licenceNumber)
					.map((last) -> last.getPeriodEnd().plusDays(1))
					.orElse(licence.getIssuedOn());
		return ReportingPeriod.startingOn(firstDay, periodMonths, licence.getValidUntil());
	}

	/**
	 * A period ended: its report is due the grace days later, and the holder is told.
	 * Owed when the licence was in force on the period's last day; not when it was
	 * revoked, cancelled or superseded meanwhile. Recording a period twice (a timer run
	 * again) gives the report recorded first.
	 * @return the report, or none when the licence owes it no longer
	 */
	public Optional<UsageReport> periodEnded(String licenceNumber, ReportingPeriod period, int graceDays) {
		Licence licence = licence(licenceNumber);
		if (!inForceOnLastDay(licence, period)) {
			return Optional.empty();
		}
		Optional<UsageReport> recorded = this.reports.findByLicenceNumberAndPeriodStart(licenceNumber, period.start());
		if (recorded.isPresent()) {
			return recorded;
		}
		UsageReport report = this.reports.save(new UsageReport(licenceNumber, period, period.dueDate(graceDays)));
		this.audit.record(Actor.system().username(), "usageReport.due", SUBJECT, licenceNumber,
				"period=" + period.start() + "/" + period.end() + " due=" + report.getDueDate(), null);
		this.events.publishEvent(new UsageReportDue(report.getId(), licenceNumber, period.start(), period.end(),
				report.getDueDate(), licence.getCaseId()));
		return Optional.of(report);
	}

	/**
	 * The licence's reports still due after their due date turn overdue; for each, the
	 * holder is reminded and the section's officers are told.
	 * @return how many turned overdue now
	 */
	public int markOverdue(String licenceNumber) {
		Licence licence = licence(licenceNumber);
		LocalDateTime now = LocalDateTime.now(this.clock);
		String section = this.licences.licenceType(licence.getLicenceTypeCode()).getSectionCode();
		int overdue = 0;
		for (UsageReport report : this.reports.findByLicenceNumberAndStatusOrderByPeriodStart(licenceNumber,
				UsageReportStatus.DUE)) {
			if (report.markOverdue(now)) {
				overdue++;
				this.audit.record(
						Actor.system().username(), "usageReport.overdue", SUBJECT, licenceNumber, "period="
								+ report.getPeriodStart() + "/" + report.getPeriodEnd() + " due=" + report.getDueDate(),
						null);
				this.events.publishEvent(new UsageReportOverdue(report.getId(), licenceNumber, report.getPeriodStart(),
						report.getPeriodEnd(), report.getDueDate(), licence.getCaseId(), licence.getAuthorityCode(),
						section));
			}
		}
		return overdue;
	}

	/**
	 * A licence's usage reports, newest period first, for its holder and for staff with
	 * jurisdiction over its authority; to anyone else the licence does not exist.
	 */
	@Transactional(readOnly = true)
	public List<UsageReport> reportsOf(Actor actor, String licenceNumber) {
		Licence licence = this.licences.licence(licenceNumber)
			.filter((found) -> mayRead(actor, found))
			.orElseThrow(() -> licenceNotFound(licenceNumber));
		return this.reports.findByLicenceNumberOrderByPeriodStartDesc(licence.getLicenceNumber());
	}

	/**
	 * The holder's figures for one period of their licence, on time or late; once only.
	 * @throws ForbiddenException {@code usageReport.holderOnly} for anyone but the
	 * applicants of the licence's holder
	 * @throws NotFoundException when the licence or the period is unknown
	 * @throws la.anuyat.shared.ConflictException {@code usageReport.alreadySubmitted}
	 * @throws la.anuyat.shared.InvalidInputException {@code usageReport.invalid}, with
	 * every field's reason
	 */
	public UsageReport submit(Actor actor, String licenceNumber, long reportId, UsageReportDraft draft) {
		Licence licence = licence(licenceNumber);
		if (actor == null || !actor.isApplicant() || !Objects.equals(actor.companyId(), licence.getCompanyId())) {
			throw new ForbiddenException("usageReport.holderOnly",
					LocalizedText.of("ມີແຕ່ຜູ້ຖືໃບອະນຸຍາດເທົ່ານັ້ນທີ່ສົ່ງລາຍງານການນຳໃຊ້ໄດ້",
							"Only the licence's holder submits its usage reports"));
		}
		UsageReport report = this.reports.findById(reportId)
			.filter((found) -> found.getLicenceNumber().equals(licence.getLicenceNumber()))
			.orElseThrow(() -> new NotFoundException("usageReport.notFound",
					LocalizedText.of("ບໍ່ພົບລາຍງານການນຳໃຊ້ " + reportId + " ຂອງໃບອະນຸຍາດ " + licenceNumber,
							"No usage report " + reportId + " of licence " + licenceNumber)));
		// a second submission is the conflict, whatever it holds
		report.requireNotSubmitted();
		report.submit(UsageFigures.of(draft), actor.username(), LocalDateTime.now(this.clock));
		this.audit.record(actor.username(), "usageReport.submitted", SUBJECT, licenceNumber,
				"period=" + report.getPeriodStart() + "/" + report.getPeriodEnd() + " callsReceived="
						+ report.getCallsReceived() + " purposeUnchanged=" + report.getPurposeUnchanged()
						+ (report.isLate() ? " late" : ""),
				null);
		return report;
	}

	/**
	 * How often the holder chose to report, as the licence's application answered it
	 * (e.g. {@code quarterly}); null when the form does not ask.
	 */
	@Transactional(readOnly = true)
	public String reportingChoice(String licenceNumber) {
		Licence licence = licence(licenceNumber);
		if (licence.getCaseId() == null) {
			return null;
		}
		String formData = this.cases.caseById(licence.getCaseId()).getFormData();
		if (formData == null || formData.isBlank()) {
			return null;
		}
		try {
			JsonNode answer = JSON.readTree(formData).path(REPORTING_CHOICE_FIELD);
			return answer.isTextual() ? answer.asText() : null;
		}
		catch (JsonProcessingException ex) {
			// the intake stores only forms it could read; an unreadable one has no choice
			return null;
		}
	}

	/**
	 * A period's report is owed when the licence was in force on the period's last day:
	 * still open, or expired after that day. A revoked, cancelled or superseded licence
	 * owes none from then on.
	 */
	private static boolean inForceOnLastDay(Licence licence, ReportingPeriod period) {
		return licence.isOpen()
				|| (licence.getStatus() == LicenceStatus.EXPIRED && !licence.getValidUntil().isBefore(period.end()));
	}

	private Licence licence(String licenceNumber) {
		return this.licences.licence(licenceNumber).orElseThrow(() -> licenceNotFound(licenceNumber));
	}

	private static boolean mayRead(Actor actor, Licence licence) {
		if (actor == null) {
			return false;
		}
		if (actor.isApplicant()) {
			return Objects.equals(licence.getCompanyId(), actor.companyId());
		}
		return actor.hasJurisdictionOver(licence.getAuthorityCode());
	}

	private static NotFoundException licenceNotFound(String number) {
		return new NotFoundException("licence.notFound",
				LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + number, "No such licence: " + number));
	}

}

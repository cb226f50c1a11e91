package la.anuyat.usage.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportDraft;
import la.anuyat.usage.UsageReportStatus;
import la.anuyat.usage.UsageReports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A licence's usage reports: the list for its holder and for staff with jurisdiction, and
 * the holder's submission of one period's figures.
 */
@RestController
@RequestMapping("/api/v1/licences/{licenceNumber}/usage-reports")
@Tag(name = "Usage reports",
		description = "The periodic usage reports a licence's holder owes (usage-report-schedule.dmn: special numbers "
				+ "every quarter, due 30 days after it)")
class UsageReportController {

	private final CurrentActor currentActor;

	private final UsageReports reports;

	UsageReportController(CurrentActor currentActor, UsageReports reports) {
		this.currentActor = currentActor;
		this.reports = reports;
	}

	@GetMapping
	@Operation(summary = "A licence's usage reports, newest period first (its holder or staff with jurisdiction)",
			description = "One row per period that has ended: status DUE, OVERDUE (the due date passed; still accepted) "
					+ "or SUBMITTED with its figures. 404 outside the caller's jurisdiction.")
	List<UsageReportAnswer> reports(@PathVariable String licenceNumber) {
		return this.reports.reportsOf(this.currentActor.actor(), licenceNumber)
			.stream()
			.map(UsageReportAnswer::of)
			.toList();
	}

	@PostMapping("/{periodId}")
	@Operation(summary = "Submit one period's usage report (the holder's applicants)",
			description = "Body: callsReceived (the calls or messages received in the period, a whole number, not "
					+ "negative), purposeUnchanged (true or false: the number still serves its licensed purpose), "
					+ "remarks (required when the purpose changed). 400 with every field's reason, 403 for anyone "
					+ "but the holder, 409 when the report was already submitted.")
	UsageReportAnswer submit(@PathVariable String licenceNumber, @PathVariable long periodId,
			@RequestBody(required = false) JsonNode body) {
		return UsageReportAnswer
			.of(this.reports.submit(this.currentActor.actor(), licenceNumber, periodId, draftOf(body)));
	}

	/**
	 * The body's values as the domain takes them. A value of the wrong JSON type (a
	 * fraction, a text, a number for a yes/no) is refused here, on its field, since the
	 * domain only sees whole numbers and yes/no.
	 */
	private static UsageReportDraft draftOf(JsonNode body) {
		JsonNode given = (body != null) ? body : MissingNode.getInstance();
		List<FieldError> errors = new ArrayList<>();
		JsonNode calls = given.path("callsReceived");
		Long callsReceived = null;
		if (calls.isIntegralNumber() && calls.canConvertToLong()) {
			callsReceived = calls.longValue();
		}
		else if (!calls.isMissingNode() && !calls.isNull()) {
			errors.add(new FieldError("callsReceived", LocalizedText.of("ຈຳນວນການໂທ ຫຼື ຂໍ້ຄວາມຕ້ອງເປັນຈຳນວນເຕັມ",
					"The number of calls or messages must be a whole number")));
		}
		JsonNode purpose = given.path("purposeUnchanged");
		Boolean purposeUnchanged = null;
		if (purpose.isBoolean()) {
			purposeUnchanged = purpose.booleanValue();
		}
		else if (!purpose.isMissingNode() && !purpose.isNull()) {
			errors.add(new FieldError("purposeUnchanged",
					LocalizedText.of("ຕອບ true (ແມ່ນ) ຫຼື false (ບໍ່ແມ່ນ)", "Answer true or false")));
		}
		JsonNode remarks = given.path("remarks");
		if (!remarks.isMissingNode() && !remarks.isNull() && !remarks.isTextual()) {
			errors.add(
					new FieldError("remarks", LocalizedText.of("ໝາຍເຫດຕ້ອງເປັນຂໍ້ຄວາມ", "The remarks must be a text")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("usageReport.invalid", LocalizedText
				.of("ລາຍງານການນຳໃຊ້ບໍ່ຄົບຖ້ວນ ຫຼື ບໍ່ຖືກຕ້ອງ", "The usage report is incomplete or wrong"), errors);
		}
		return new UsageReportDraft(callsReceived, purposeUnchanged, remarks.isTextual() ? remarks.asText() : null);
	}

	/**
	 * One period's report; the figures and who submitted are null until it is submitted.
	 */
	record UsageReportAnswer(long id, String licenceNumber, LocalDate periodStart, LocalDate periodEnd,
			LocalDate dueDate, UsageReportStatus status, boolean late, Long callsReceived, Boolean purposeUnchanged,
			String remarks, String submittedBy, LocalDateTime submittedAt, String submitUrl) {

		static UsageReportAnswer of(UsageReport report) {
			return new UsageReportAnswer(report.getId(), report.getLicenceNumber(), report.getPeriodStart(),
					report.getPeriodEnd(), report.getDueDate(), report.getStatus(), report.isLate(),
					report.getCallsReceived(), report.getPurposeUnchanged(), report.getRemarks(),
					report.getSubmittedBy(), report.getSubmittedAt(),
					"/api/v1/licences/" + report.getLicenceNumber() + "/usage-reports/" + report.getId());
		}

	}

}

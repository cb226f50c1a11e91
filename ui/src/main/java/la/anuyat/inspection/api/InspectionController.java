package la.anuyat.inspection.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectionPlan;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.EntryView;
import la.anuyat.inspection.InspectionPlans.MonthCoverage;
import la.anuyat.inspection.InspectionPlans.MyInspection;
import la.anuyat.inspection.InspectionPlans.PlanView;
import la.anuyat.inspection.InspectionPlans.RevisionView;
import la.anuyat.inspection.PlanRevision;
import la.anuyat.inspection.InspectionPlans.Subject;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.TeamMember;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual inspection plans, their inspections, assignment to inspectors and coverage
 * by month. Staff see the plans of their own authority (a joint frequency-use inspection
 * is the ministry's too); only an authority's leadership generates, adjusts, approves and
 * assigns.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Annual inspection plans, ad hoc inspections, assignment and coverage")
class InspectionController {

	private final CurrentActor currentActor;

	private final InspectionPlans plans;

	InspectionController(CurrentActor currentActor, InspectionPlans plans) {
		this.currentActor = currentActor;
		this.plans = plans;
	}

	@PostMapping("/plans/{authority}/{year}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Generate the authority's plan for the year from the register (or its draft again)",
			description = "Every holder of an active licence with an inspection type (inspection-type.dmn) and, for "
					+ "a province, every active frequency assignment in it, once per type; risk points from "
					+ "inspection-risk-weights.dmn; riskiest first, spread over the months left. Leadership of the "
					+ "authority only; 409 once approved.")
	PlanAnswer generate(@PathVariable String authority, @PathVariable int year) {
		return PlanAnswer.of(this.plans.generate(this.currentActor.actor(), authority, year));
	}

	@GetMapping("/plans/{authority}/{year}")
	@Operation(summary = "The plan with its inspections, riskiest first")
	PlanAnswer plan(@PathVariable String authority, @PathVariable int year) {
		return PlanAnswer.of(this.plans.plan(this.currentActor.actor(), authority, year));
	}

	@PostMapping("/plans/{authority}/{year}/approve")
	@Operation(summary = "Approve the plan (leadership of the authority); its inspections are then assigned")
	PlanSummary approve(@PathVariable String authority, @PathVariable int year) {
		return PlanSummary.of(this.plans.approve(this.currentActor.actor(), authority, year));
	}

	@PostMapping("/plans/{authority}/{year}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an inspection to the draft plan or the plan under revision",
			description = "Body: licenceNumber or assignmentReference, month (1–12), reason (required in a revision).")
	EntryAnswer add(@PathVariable String authority, @PathVariable int year, @RequestBody JsonNode body) {
		return EntryAnswer.of(new EntryView(this.plans.add(this.currentActor.actor(), authority, year, subject(body),
				month(body), body.path("reason").asText(null)), List.of()));
	}

	@PostMapping("/plans/{authority}/{year}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reopen the approved plan as a revision (leadership of the authority)",
			description = "Body: reason (required). Inspections are then moved, added and dropped with reasons "
					+ "(a done one is never dropped) and the plan approved again; 409 unless approved.")
	RevisionAnswer reopen(@PathVariable String authority, @PathVariable int year, @RequestBody JsonNode body) {
		PlanRevision revision = this.plans.reopen(this.currentActor.actor(), authority, year,
				body.path("reason").asText(null));
		return RevisionAnswer.of(new RevisionView(revision, List.of()));
	}

	@GetMapping("/plans/{authority}/{year}/revisions")
	@Operation(summary = "The plan's revisions: who reopened it and why, each change with its reason, "
			+ "who approved it again")
	List<RevisionAnswer> revisions(@PathVariable String authority, @PathVariable int year) {
		return this.plans.revisions(this.currentActor.actor(), authority, year)
			.stream()
			.map(RevisionAnswer::of)
			.toList();
	}

	@GetMapping("/plans/{authority}/{year}/coverage")
	@Operation(summary = "Coverage by month: inspections planned, done and overdue")
	List<MonthCoverage> coverage(@PathVariable String authority, @PathVariable int year) {
		return this.plans.coverage(this.currentActor.actor(), authority, year);
	}

	@GetMapping("/coverage")
	@Operation(
			summary = "Coverage across authorities for the year: per authority and month, the inspections "
					+ "planned, done and overdue",
			description = "The ministry's overseers (ministry officers, administrators) see every authority; other "
					+ "staff only their own.")
	List<AuthorityCoverageAnswer> coverageAcrossAuthorities(@RequestParam("year") int year, Locale locale) {
		return this.plans.coverageAcrossAuthorities(this.currentActor.actor(), year)
			.stream()
			.map((c) -> new AuthorityCoverageAnswer(c.authorityCode(), c.name().in(locale),
					(c.planStatus() != null) ? c.planStatus().name() : null, c.planned(), c.done(), c.overdue(),
					c.months()))
			.toList();
	}

	record AuthorityCoverageAnswer(String authority, String name, String planStatus, int planned, int done, int overdue,
			List<MonthCoverage> months) {
	}

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start an ad hoc inspection (officers and leadership of the authority)",
			description = "Body: authority, licenceNumber or assignmentReference, date (ISO), reason, and source "
					+ "(the complaint or enforcement case it comes from, if any).")
	EntryAnswer adHoc(@RequestBody JsonNode body) {
		return EntryAnswer.of(new EntryView(this.plans.startAdHoc(this.currentActor.actor(),
				body.path("authority").asText(""), subject(body), date(body.path("date").asText(null)),
				body.path("reason").asText(null), body.path("source").asText(null)), List.of()));
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "One inspection with its team")
	EntryAnswer entry(@PathVariable long id) {
		return EntryAnswer.of(this.plans.inspection(this.currentActor.actor(), id));
	}

	@PostMapping("/entries/{id}/move")
	@Operation(summary = "Move an inspection of the draft plan or the plan under revision to another month",
			description = "Body: month (1–12), reason (required in a revision).")
	EntryAnswer move(@PathVariable long id, @RequestBody JsonNode body) {
		this.plans.move(this.currentActor.actor(), id, month(body), body.path("reason").asText(null));
		return EntryAnswer.of(this.plans.inspection(this.currentActor.actor(), id));
	}

	@PostMapping("/entries/{id}/drop")
	@Operation(summary = "Drop an inspection from the draft plan", description = "Body: reason (required).")
	EntryAnswer drop(@PathVariable long id, @RequestBody JsonNode body) {
		this.plans.drop(this.currentActor.actor(), id, body.path("reason").asText(null));
		return EntryAnswer.of(this.plans.inspection(this.currentActor.actor(), id));
	}

	@PostMapping("/entries/{id}/assignment")
	@Operation(summary = "Assign an inspection to one inspector or a team, on a day if given",
			description = "Body: inspectors (user names; the first leads), date (ISO, optional). Replaces the "
					+ "assigning authority's members; on a joint inspection the ministry's leadership adds the "
					+ "ministry's officers.")
	EntryAnswer assign(@PathVariable long id, @RequestBody JsonNode body) {
		List<String> inspectors = new ArrayList<>();
		body.path("inspectors").forEach((name) -> inspectors.add(name.asText()));
		return EntryAnswer
			.of(this.plans.assign(this.currentActor.actor(), id, inspectors, date(body.path("date").asText(null))));
	}

	@GetMapping("/mine")
	@Operation(summary = "The signed-in inspector's open inspections, by date and then by distance",
			description = "latitude and longitude (optional): where the inspector stands.")
	List<MineAnswer> mine(@RequestParam(required = false) Double latitude,
			@RequestParam(required = false) Double longitude) {
		return this.plans.mine(this.currentActor.actor(), latitude, longitude).stream().map(MineAnswer::of).toList();
	}

	@GetMapping("/companies/{companyId}")
	@Operation(summary = "A company's inspections, planned and done, as far as the reader may see")
	List<EntryAnswer> ofCompany(@PathVariable long companyId) {
		return this.plans.ofCompany(this.currentActor.actor(), companyId).stream().map(EntryAnswer::of).toList();
	}

	private static Subject subject(JsonNode body) {
		return new Subject(body.path("licenceNumber").asText(null), body.path("assignmentReference").asText(null));
	}

	private static int month(JsonNode body) {
		if (!body.path("month").canConvertToInt() || !body.path("month").isIntegralNumber()) {
			throw new InvalidInputException("inspection.month",
					LocalizedText.of("ເດືອນຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ 12", "The month must be between 1 and 12"));
		}
		return body.path("month").asInt();
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("inspection.date",
					LocalizedText.of("ວັນທີ \"" + text + "\" ບໍ່ຖືກຕ້ອງ (YYYY-MM-DD)",
							"The date \"" + text + "\" is not valid (YYYY-MM-DD)"));
		}
	}

	record PlanSummary(long id, String authority, int year, String status, String generatedBy,
			LocalDateTime generatedAt, String approvedBy, LocalDateTime approvedAt, int revision) {

		static PlanSummary of(InspectionPlan plan) {
			return new PlanSummary(plan.getId(), plan.getAuthorityCode(), plan.getYear(), plan.getStatus().name(),
					plan.getGeneratedBy(), plan.getGeneratedAt(), plan.getApprovedBy(), plan.getApprovedAt(),
					plan.getRevision());
		}

	}

	record RevisionAnswer(int number, String reason, String reopenedBy, LocalDateTime reopenedAt, String approvedBy,
			LocalDateTime approvedAt, List<RevisionChangeAnswer> changes) {

		static RevisionAnswer of(RevisionView view) {
			PlanRevision r = view.revision();
			return new RevisionAnswer(r.getNumber(), r.getReason(), r.getReopenedBy(), r.getReopenedAt(),
					r.getApprovedBy(), r.getApprovedAt(),
					view.changes()
						.stream()
						.map((c) -> new RevisionChangeAnswer(c.getEntryId(), c.getKind().name(), c.getDetail(),
								c.getReason(), c.getChangedBy(), c.getChangedAt()))
						.toList());
		}

	}

	record RevisionChangeAnswer(long entryId, String kind, String detail, String reason, String changedBy,
			LocalDateTime changedAt) {
	}

	record PlanAnswer(PlanSummary plan, List<EntryAnswer> entries) {

		static PlanAnswer of(PlanView view) {
			return new PlanAnswer(PlanSummary.of(view.plan()), view.entries().stream().map(EntryAnswer::of).toList());
		}

	}

	record MemberAnswer(String username, String authority, boolean lead) {

		static MemberAnswer of(TeamMember member) {
			return new MemberAnswer(member.getUsername(), member.getAuthorityCode(), member.isLead());
		}

	}

	record EntryAnswer(long id, Long planId, String authority, int year, String origin, String subjectKind,
			String subject, Long companyId, String nameLo, String nameEn, String licenceType, String inspectionType,
			int riskScore, int month, LocalDate date, LocalDate dueOn, String status, boolean joint,
			String decidingAuthority, String note, String source, String dropReason, LocalDate doneOn,
			Long fieldReportId, Double latitude, Double longitude, List<MemberAnswer> team) {

		static EntryAnswer of(EntryView view) {
			PlanEntry e = view.entry();
			return new EntryAnswer(e.getId(), e.getPlanId(), e.getAuthorityCode(), e.getYear(), e.getOrigin().name(),
					e.getSubjectKind().name(), e.getSubjectRef(), e.getCompanyId(), e.getSubjectNameLo(),
					e.getSubjectNameEn(), e.getLicenceTypeCode(), e.getInspectionType().name(), e.getRiskScore(),
					e.getPlannedMonth(), e.getScheduledOn(), e.dueOn(), e.getStatus().name(), e.isJoint(),
					e.decidingAuthority(), e.getNote(), e.getSourceRef(), e.getDropReason(), e.getDoneOn(),
					e.getFieldReportId(), e.getLatitude(), e.getLongitude(),
					view.team().stream().map(MemberAnswer::of).toList());
		}

	}

	record MineAnswer(EntryAnswer inspection, Double distanceKm) {

		static MineAnswer of(MyInspection mine) {
			return new MineAnswer(EntryAnswer.of(new EntryView(mine.entry(), mine.team())), mine.distanceKm());
		}

	}

}

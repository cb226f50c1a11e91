package la.anuyat.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.inspection.internal.InspectionPlanRepository;
import la.anuyat.inspection.internal.PlanEntryRepository;
import la.anuyat.inspection.internal.PlanRevisionChangeRepository;
import la.anuyat.inspection.internal.PlanRevisionRepository;
import la.anuyat.inspection.internal.TeamMemberRepository;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.party.PartyService;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.spectrum.Assignment;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual inspection plans of the authorities and the inspections in them: generated
 * from the register, adjusted and approved by leadership, assigned to inspectors alone or
 * in teams, and done when a field report on the same subject and of the same type comes
 * in. Ad hoc inspections sit beside the plan. Every change is audited.
 */
@Service
public class InspectionPlans {

	/** The licence type code a frequency assignment is weighed and typed under. */
	public static final String FREQUENCY_LICENCE_TYPE = "SPEC";

	private final InspectionPlanRepository plans;

	private final PlanEntryRepository entries;

	private final TeamMemberRepository team;

	// the rules are decision tables, evaluated in the processes module: looked up when
	// used, so the domain runs without them
	private final ObjectProvider<InspectionRules> rules;

	private final ObjectProvider<InspectionRiskFacts> riskFacts;

	private final LicenceLifecycle lifecycle;

	private final LicenceService licences;

	private final PartyService parties;

	private final SpectrumService spectrum;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	private final PlanRevisionRepository revisions;

	private final PlanRevisionChangeRepository revisionChanges;

	public InspectionPlans(InspectionPlanRepository plans, PlanEntryRepository entries, TeamMemberRepository team,
			ObjectProvider<InspectionRules> rules, ObjectProvider<InspectionRiskFacts> riskFacts,
			LicenceLifecycle lifecycle, LicenceService licences, PartyService parties, SpectrumService spectrum,
			AuthorityService authorities, AuditTrail audit, Clock clock, PlanRevisionRepository revisions,
			PlanRevisionChangeRepository revisionChanges) {
		this.revisions = revisions;
		this.revisionChanges = revisionChanges;
		this.plans = plans;
		this.entries = entries;
		this.team = team;
		this.rules = rules;
		this.riskFacts = riskFacts;
		this.lifecycle = lifecycle;
		this.licences = licences;
		this.parties = parties;
		this.spectrum = spectrum;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Generates the authority's plan for the year from the register, or generates its
	 * draft again (adjustments are then lost).
	 * @throws ConflictException {@code inspectionPlan.approved} once approved,
	 * {@code inspectionPlan.pastYear} for a year that is over
	 */
	@Transactional
	public PlanView generate(Actor actor, String authorityCode, int year) {
		this.authorities.authority(authorityCode);
		InspectionAccess.requireLeadershipOf(actor, authorityCode);
		LocalDate today = LocalDate.now(this.clock);
		if (year < today.getYear()) {
			throw new ConflictException("inspectionPlan.pastYear", LocalizedText.of("ປີ " + year + " ຜ່ານໄປແລ້ວ",
					"The year " + year + " is over: it cannot be planned"));
		}
		int firstMonth = (year == today.getYear()) ? today.getMonthValue() : 1;
		LocalDateTime now = LocalDateTime.now(this.clock);
		Optional<InspectionPlan> existing = this.plans.findByAuthorityCodeAndYear(authorityCode, year);
		InspectionPlan plan;
		if (existing.isPresent()) {
			plan = existing.get();
			plan.regenerated(actor.username(), now);
			this.entries.deleteAll(this.entries.findByPlanIdOrderByRiskScoreDescIdAsc(plan.getId()));
			this.entries.flush();
		}
		else {
			plan = this.plans.save(new InspectionPlan(authorityCode, year, actor.username(), now));
		}
		boolean provincial = !Actor.MINISTRY_CODE.equals(authorityCode);
		List<AnnualPlanning.Planned> planned = AnnualPlanning.plan(register(authorityCode, year),
				this.rules.getObject(), firstMonth, provincial);
		for (AnnualPlanning.Planned one : planned) {
			this.entries.save(new PlanEntry(plan.getId(), authorityCode, year, EntryOrigin.PLAN, one.candidate(),
					one.type(), one.riskScore(), one.month(), one.joint(), actor.username()));
		}
		this.audit.record(actor.username(), "inspectionPlan.generated", "inspectionPlan", planKey(plan),
				planned.size() + " inspections from month " + firstMonth, null);
		return view(plan);
	}

	/**
	 * The plan with its inspections; to the ministry's staff without jurisdiction over
	 * the province, only its joint inspections.
	 */
	@Transactional(readOnly = true)
	public PlanView plan(Actor actor, String authorityCode, int year) {
		boolean whole = requireSeesPlanOrItsJointInspections(actor, authorityCode);
		return view(planOf(authorityCode, year), whole);
	}

	@Transactional(readOnly = true)
	public Optional<PlanView> findPlan(Actor actor, String authorityCode, int year) {
		boolean whole = requireSeesPlanOrItsJointInspections(actor, authorityCode);
		return this.plans.findByAuthorityCodeAndYear(authorityCode, year).map((plan) -> view(plan, whole));
	}

	/** Whether the actor sees the whole plan of the authority (and its coverage). */
	public boolean seesWholePlanOf(Actor actor, String authorityCode) {
		return InspectionAccess.maySeePlanOf(actor, authorityCode);
	}

	/**
	 * @return whether the actor sees the whole plan (else its joint inspections only)
	 */
	private static boolean requireSeesPlanOrItsJointInspections(Actor actor, String authorityCode) {
		if (InspectionAccess.maySeePlanOf(actor, authorityCode)) {
			return true;
		}
		if (actor != null && actor.isStaff() && Actor.MINISTRY_CODE.equals(actor.authorityCode())) {
			return false;
		}
		throw InspectionAccess.outside(authorityCode);
	}

	/** Moves a planned inspection to another month of the draft plan. */
	@Transactional
	public PlanEntry move(Actor actor, long entryId, int month) {
		return move(actor, entryId, month, null);
	}

	/**
	 * Moves a planned inspection to another month of the draft plan, or of the plan under
	 * revision (then the reason is required).
	 */
	@Transactional
	public PlanEntry move(Actor actor, long entryId, int month, String reason) {
		PlanEntry entry = entry(entryId);
		InspectionAccess.requireLeadershipOf(actor, entry.getAuthorityCode());
		InspectionPlan plan = draftPlanOf(entry);
		String why = plan.isRevising() ? RequiredReason.of(reason) : optional(reason);
		int from = entry.getPlannedMonth();
		entry.moveTo(month);
		String detail = "month " + from + " → " + month;
		this.audit.record(actor.username(), "inspection.moved", "inspection", String.valueOf(entryId),
				detail + ((why != null) ? ": " + why : ""), null);
		revised(plan, entry, PlanRevisionChange.Kind.MOVED, detail, why, actor);
		return entry;
	}

	/**
	 * Drops an inspection from the draft plan or the plan under revision, with the
	 * reason. An inspection done stays: its field report is the record.
	 */
	@Transactional
	public PlanEntry drop(Actor actor, long entryId, String reason) {
		PlanEntry entry = entry(entryId);
		InspectionAccess.requireLeadershipOf(actor, entry.getAuthorityCode());
		if (entry.getStatus() == EntryStatus.DONE) {
			throw new ConflictException("inspection.doneNotDropped",
					LocalizedText.of("ການກວດກາ " + entryId + " ເຮັດແລ້ວ: ບໍ່ສາມາດຕັດອອກຈາກແຜນ",
							"Inspection " + entryId + " is done: it cannot be dropped from the plan"));
		}
		InspectionPlan plan = draftPlanOf(entry);
		String why = RequiredReason.of(reason);
		entry.drop(actor.username(), why);
		this.audit.record(actor.username(), "inspection.dropped", "inspection", String.valueOf(entryId), why, null);
		revised(plan, entry, PlanRevisionChange.Kind.DROPPED,
				entry.getSubjectRef() + " month " + entry.getPlannedMonth(), why, actor);
		return entry;
	}

	/**
	 * Leadership reopens the approved plan as a revision, saying why: its inspections are
	 * then moved, added and dropped with reasons, and the plan approved again. Assigned
	 * teams stay; inspections done stay done.
	 */
	@Transactional
	public PlanRevision reopen(Actor actor, String authorityCode, int year, String reason) {
		InspectionAccess.requireLeadershipOf(actor, authorityCode);
		InspectionPlan plan = planOf(authorityCode, year);
		String why = RequiredReason.of(reason);
		int number = plan.reopen();
		PlanRevision revision = this.revisions
			.save(new PlanRevision(plan.getId(), number, why, actor.username(), LocalDateTime.now(this.clock)));
		this.audit.record(actor.username(), "inspectionPlan.reopened", "inspectionPlan", planKey(plan),
				"revision " + number + ": " + why, null);
		return revision;
	}

	/** The plan's revisions, first first, each with its changes. */
	@Transactional(readOnly = true)
	public List<RevisionView> revisions(Actor actor, String authorityCode, int year) {
		if (!InspectionAccess.maySeePlanOf(actor, authorityCode)) {
			throw InspectionAccess.outside(authorityCode);
		}
		InspectionPlan plan = planOf(authorityCode, year);
		List<PlanRevision> all = this.revisions.findByPlanIdOrderByNumberAsc(plan.getId());
		Map<Long, List<PlanRevisionChange>> changes = this.revisionChanges
			.findByRevisionIdInOrderByIdAsc(all.stream().map(PlanRevision::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(PlanRevisionChange::getRevisionId));
		return all.stream()
			.map((revision) -> new RevisionView(revision, changes.getOrDefault(revision.getId(), List.of())))
			.toList();
	}

	/** A revision of a plan and what it changed. */
	public record RevisionView(PlanRevision revision, List<PlanRevisionChange> changes) {
	}

	private void revised(InspectionPlan plan, PlanEntry entry, PlanRevisionChange.Kind kind, String detail,
			String reason, Actor actor) {
		if (!plan.isRevising()) {
			return;
		}
		PlanRevision revision = this.revisions.findByPlanIdAndNumber(plan.getId(), plan.getRevision()).orElseThrow();
		this.revisionChanges.save(new PlanRevisionChange(revision.getId(), entry.getId(), kind, detail, reason,
				actor.username(), LocalDateTime.now(this.clock)));
	}

	private static String optional(String reason) {
		return (reason == null || reason.isBlank()) ? null : RequiredReason.of(reason);
	}

	/**
	 * Adds an inspection of a licence or frequency assignment to the draft plan, in a
	 * month.
	 */
	@Transactional
	public PlanEntry add(Actor actor, String authorityCode, int year, Subject subject, int month) {
		return add(actor, authorityCode, year, subject, month, null);
	}

	/**
	 * Adds an inspection to the draft plan, or to the plan under revision (then the
	 * reason is required).
	 */
	@Transactional
	public PlanEntry add(Actor actor, String authorityCode, int year, Subject subject, int month, String reason) {
		InspectionAccess.requireLeadershipOf(actor, authorityCode);
		InspectionPlan plan = planOf(authorityCode, year);
		plan.requireDraft();
		String why = plan.isRevising() ? RequiredReason.of(reason) : optional(reason);
		PlanCandidate candidate = candidate(subject, authorityCode, year);
		InspectionType type = typeOf(candidate);
		PlanEntry entry = this.entries.save(new PlanEntry(plan.getId(), authorityCode, year, EntryOrigin.ADDED,
				candidate, type, this.rules.getObject().riskScore(candidate.riskFacts()), month,
				joint(authorityCode, type), actor.username()));
		this.audit.record(actor.username(), "inspection.added", "inspection", String.valueOf(entry.getId()),
				planKey(plan) + ": " + candidate.subjectRef() + " in month " + month
						+ ((why != null) ? ": " + why : ""),
				null);
		revised(plan, entry, PlanRevisionChange.Kind.ADDED, candidate.subjectRef() + " month " + month, why, actor);
		return entry;
	}

	/** Leadership approves the plan; from then on its inspections are assigned. */
	@Transactional
	public InspectionPlan approve(Actor actor, String authorityCode, int year) {
		InspectionAccess.requireLeadershipOf(actor, authorityCode);
		InspectionPlan plan = planOf(authorityCode, year);
		boolean revising = plan.isRevising();
		LocalDateTime now = LocalDateTime.now(this.clock);
		plan.approve(actor.username(), now);
		long count = this.entries.findByPlanIdOrderByRiskScoreDescIdAsc(plan.getId())
			.stream()
			.filter((entry) -> entry.getStatus() != EntryStatus.DROPPED)
			.count();
		if (revising) {
			PlanRevision revision = this.revisions.findByPlanIdAndNumber(plan.getId(), plan.getRevision())
				.orElseThrow();
			revision.approved(actor.username(), now);
			this.audit.record(actor.username(), "inspectionPlan.revisionApproved", "inspectionPlan", planKey(plan),
					"revision " + revision.getNumber() + ": " + this.revisionChanges.countByRevisionId(revision.getId())
							+ " changes, " + count + " inspections",
					null);
			return plan;
		}
		this.audit.record(actor.username(), "inspectionPlan.approved", "inspectionPlan", planKey(plan),
				count + " inspections", null);
		return plan;
	}

	/**
	 * An ad hoc inspection outside the plan, from a complaint, an enforcement case or an
	 * officer's own observation.
	 * @param sourceRef the complaint or case number it comes from, if any
	 */
	@Transactional
	public PlanEntry startAdHoc(Actor actor, String authorityCode, Subject subject, LocalDate on, String reason,
			String sourceRef) {
		this.authorities.authority(authorityCode);
		InspectionAccess.requireMayStartAdHoc(actor, authorityCode);
		if (on == null) {
			throw new InvalidInputException("inspection.dateMissing",
					LocalizedText.of("ກະລຸນາລະບຸວັນທີກວດກາ", "Give the day of the inspection"));
		}
		if (on.isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("inspection.dateInPast",
					LocalizedText.of("ວັນທີກວດກາຜ່ານໄປແລ້ວ", "The day of the inspection is in the past"));
		}
		String why = RequiredReason.of(reason);
		PlanCandidate candidate = candidate(subject, authorityCode, on.getYear());
		InspectionType type = typeOf(candidate);
		PlanEntry entry = new PlanEntry(null, authorityCode, on.getYear(), EntryOrigin.AD_HOC, candidate, type,
				this.rules.getObject().riskScore(candidate.riskFacts()), on.getMonthValue(), joint(authorityCode, type),
				actor.username());
		entry.adHoc(on, why, (sourceRef == null || sourceRef.isBlank()) ? null : sourceRef.strip());
		entry = this.entries.save(entry);
		this.audit
			.record(actor.username(), "inspection.adHoc", "inspection", String.valueOf(entry.getId()),
					candidate.subjectRef() + " on " + on
							+ ((entry.getSourceRef() != null) ? " from " + entry.getSourceRef() : "") + ": " + why,
					null);
		return entry;
	}

	/**
	 * Assigns an inspection to one staff member or a team (the first named leads), on a
	 * day if given. The assigning authority's half of the team is replaced; on a joint
	 * inspection the ministry's leadership assigns the ministry's officers beside the
	 * province's.
	 */
	@Transactional
	public EntryView assign(Actor actor, long entryId, List<String> usernames, LocalDate on) {
		PlanEntry entry = entry(entryId);
		InspectionAccess.requireMayAssign(actor, entry);
		if (entry.getPlanId() != null && !this.plans.findById(entry.getPlanId()).orElseThrow().isApproved()) {
			throw new ConflictException("inspectionPlan.notApproved",
					LocalizedText.of("ແຜນການກວດກາຍັງບໍ່ທັນອະນຸມັດ: ມອບໝາຍຫຼັງອະນຸມັດ",
							"The inspection plan is not approved yet: inspections are assigned once it is"));
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : (usernames == null) ? List.<String>of() : usernames) {
			if (name != null && !name.isBlank()) {
				names.add(name.strip());
			}
		}
		if (names.isEmpty()) {
			throw new InvalidInputException("inspection.teamEmpty",
					LocalizedText.of("ກະລຸນາເລືອກຜູ້ກວດກາຢ່າງໜ້ອຍໜຶ່ງຄົນ", "Choose at least one inspector"));
		}
		String side = actor.authorityCode();
		List<StaffMember> members = new ArrayList<>();
		for (String name : names) {
			StaffMember member = this.authorities.staffByUsername(name)
				.filter((staff) -> side.equals(staff.getAuthorityCode()))
				.filter((staff) -> staff.getRole() == Role.INSPECTOR || staff.getRole() == Role.SECTION_OFFICER
						|| staff.getRole() == Role.MINISTRY_OFFICER)
				.orElseThrow(() -> new InvalidInputException("inspection.notAnInspector",
						LocalizedText.of(name + " ບໍ່ແມ່ນຜູ້ກວດກາ ຫຼື ພະນັກງານຂອງ " + side,
								name + " is not an inspector or officer of " + side)));
			members.add(member);
		}
		entry.schedule(on);
		this.team.deleteAll(this.team.findByEntryIdAndAuthorityCode(entryId, side));
		this.team.flush();
		boolean leads = side.equals(entry.getAuthorityCode());
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (int i = 0; i < members.size(); i++) {
			this.team.save(new TeamMember(entryId, members.get(i).getUsername(), side, leads && i == 0,
					actor.username(), now));
		}
		this.audit.record(actor.username(), "inspection.assigned", "inspection", String.valueOf(entryId),
				String.join(", ", names) + ((on != null) ? " on " + on : ""), null);
		return new EntryView(entry, this.team.findByEntryIdInOrderByIdAsc(List.of(entryId)));
	}

	/**
	 * The authorities whose plans the actor sees: their own, or every one for the
	 * ministry.
	 */
	@Transactional(readOnly = true)
	public List<String> authoritiesSeenBy(Actor actor) {
		if (actor == null || !actor.isStaff()) {
			return List.of();
		}
		if (actor.seesEveryAuthority() || Actor.MINISTRY_CODE.equals(actor.authorityCode())) {
			// the ministry's staff see every province's joint inspections
			return this.authorities.authorities().stream().map(la.anuyat.authority.Authority::getCode).toList();
		}
		return List.of(actor.authorityCode());
	}

	/**
	 * Whom the actor may put on an inspection team: the inspectors and officers of their
	 * own authority.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> assignableStaff(Actor actor) {
		if (actor == null || !actor.isStaff() || actor.authorityCode() == null) {
			return List.of();
		}
		return this.authorities.staffOf(actor.authorityCode())
			.stream()
			.filter((staff) -> staff.getRole() == Role.INSPECTOR || staff.getRole() == Role.SECTION_OFFICER
					|| staff.getRole() == Role.MINISTRY_OFFICER)
			.toList();
	}

	/**
	 * The open inspections assigned to the signed-in staff member, by day and then by
	 * distance from where they stand (when the phone tells).
	 */
	@Transactional(readOnly = true)
	public List<MyInspection> mine(Actor actor, Double latitude, Double longitude) {
		if (actor == null || !actor.isStaff()) {
			throw new ForbiddenException("inspection.staffOnly", LocalizedText.of("ສະເພາະພະນັກງານ", "Staff only"));
		}
		List<Long> ids = this.team.findByUsername(actor.username()).stream().map(TeamMember::getEntryId).toList();
		Map<Long, Boolean> approved = new java.util.HashMap<>();
		List<PlanEntry> open = this.entries.findByIdIn(ids)
			.stream()
			.filter((entry) -> entry.getStatus() == EntryStatus.PLANNED)
			.filter((entry) -> entry.getPlanId() == null || approved.computeIfAbsent(entry.getPlanId(),
					(planId) -> this.plans.findById(planId).map(InspectionPlan::isApproved).orElse(false)))
			.toList();
		Map<Long, List<TeamMember>> teams = teamsOf(open);
		boolean located = latitude != null && longitude != null;
		return open.stream()
			.map((entry) -> new MyInspection(entry, teams.getOrDefault(entry.getId(), List.of()),
					(located && entry.getLatitude() != null && entry.getLongitude() != null)
							? distanceKm(latitude, longitude, entry.getLatitude(), entry.getLongitude()) : null))
			.sorted(Comparator.comparing((MyInspection mine) -> mine.entry().dueOn())
				.thenComparing(MyInspection::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((mine) -> mine.entry().getId()))
			.toList();
	}

	/**
	 * Month by month: the inspections planned in it (ad hoc ones too, dropped ones not),
	 * how many are done, how many are overdue (still to do after the month ended).
	 */
	@Transactional(readOnly = true)
	public List<MonthCoverage> coverage(Actor actor, String authorityCode, int year) {
		InspectionAccess.requireSeesPlanOf(actor, authorityCode);
		planOf(authorityCode, year);
		LocalDate today = LocalDate.now(this.clock);
		List<PlanEntry> all = this.entries
			.findByAuthorityCodeAndYearOrderByPlannedMonthAscRiskScoreDescIdAsc(authorityCode, year)
			.stream()
			.filter((entry) -> entry.getStatus() != EntryStatus.DROPPED)
			.toList();
		List<MonthCoverage> months = new ArrayList<>(12);
		for (int month = 1; month <= 12; month++) {
			int m = month;
			List<PlanEntry> in = all.stream().filter((entry) -> entry.getPlannedMonth() == m).toList();
			months.add(new MonthCoverage(month, in.size(),
					(int) in.stream().filter((entry) -> entry.getStatus() == EntryStatus.DONE).count(),
					(int) in.stream().filter((entry) -> entry.isOverdue(today)).count()));
		}
		return months;
	}

	/**
	 * Coverage across authorities for the year: per authority (the ministry and each
	 * province) and month, the inspections planned, done and overdue, plan and ad hoc
	 * alike. The ministry's overseers see every authority; anyone else only their own.
	 */
	@Transactional(readOnly = true)
	public List<AuthorityCoverage> coverageAcrossAuthorities(Actor actor, int year) {
		List<la.anuyat.authority.Authority> seen = this.authorities.authorities()
			.stream()
			.filter((authority) -> InspectionAccess.maySeePlanOf(actor, authority.getCode()))
			.toList();
		if (seen.isEmpty()) {
			throw new ForbiddenException("inspection.noCoverage",
					LocalizedText.of("ທ່ານບໍ່ມີສິດເບິ່ງແຜນການກວດກາ", "You may not see any inspection plan"));
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<PlanEntry>> byAuthority = this.entries
			.findByYearAndAuthorityCodeIn(year, seen.stream().map(la.anuyat.authority.Authority::getCode).toList())
			.stream()
			.filter((entry) -> entry.getStatus() != EntryStatus.DROPPED)
			.collect(Collectors.groupingBy(PlanEntry::getAuthorityCode));
		List<AuthorityCoverage> coverage = new ArrayList<>();
		for (la.anuyat.authority.Authority authority : seen) {
			List<PlanEntry> all = byAuthority.getOrDefault(authority.getCode(), List.of());
			Optional<InspectionPlan> plan = this.plans.findByAuthorityCodeAndYear(authority.getCode(), year);
			coverage.add(new AuthorityCoverage(authority.getCode(),
					LocalizedText.of(authority.getNameLo(), authority.getNameEn()),
					plan.map(InspectionPlan::getStatus).orElse(null), months(all, today)));
		}
		return coverage;
	}

	private static List<MonthCoverage> months(List<PlanEntry> all, LocalDate today) {
		List<MonthCoverage> months = new ArrayList<>(12);
		for (int month = 1; month <= 12; month++) {
			int m = month;
			List<PlanEntry> in = all.stream().filter((entry) -> entry.getPlannedMonth() == m).toList();
			months.add(new MonthCoverage(month, in.size(),
					(int) in.stream().filter((entry) -> entry.getStatus() == EntryStatus.DONE).count(),
					(int) in.stream().filter((entry) -> entry.isOverdue(today)).count()));
		}
		return months;
	}

	/**
	 * One authority's coverage by month; {@code planStatus} is null while it has no plan
	 * for the year.
	 */
	public record AuthorityCoverage(String authorityCode, LocalizedText name, PlanStatus planStatus,
			List<MonthCoverage> months) {

		public int planned() {
			return this.months.stream().mapToInt(MonthCoverage::planned).sum();
		}

		public int done() {
			return this.months.stream().mapToInt(MonthCoverage::done).sum();
		}

		public int overdue() {
			return this.months.stream().mapToInt(MonthCoverage::overdue).sum();
		}

	}

	/**
	 * A company's inspections, planned and done, newest year first, as far as the reader
	 * may see.
	 */
	@Transactional(readOnly = true)
	public List<EntryView> ofCompany(Actor actor, long companyId) {
		if (actor == null || !actor.isStaff()) {
			return List.of();
		}
		List<PlanEntry> visible = this.entries.findByCompanyIdOrderByYearDescPlannedMonthAsc(companyId)
			.stream()
			.filter((entry) -> InspectionAccess.maySee(actor, entry))
			.toList();
		Map<Long, List<TeamMember>> teams = teamsOf(visible);
		return visible.stream()
			.map((entry) -> new EntryView(entry, teams.getOrDefault(entry.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public EntryView inspection(Actor actor, long entryId) {
		PlanEntry entry = entry(entryId);
		List<TeamMember> members = this.team.findByEntryIdInOrderByIdAsc(List.of(entryId));
		boolean member = actor != null
				&& members.stream().anyMatch((one) -> one.getUsername().equals(actor.username()));
		if (!member && !InspectionAccess.maySee(actor, entry)) {
			throw InspectionAccess.outside(entry.getAuthorityCode());
		}
		return new EntryView(entry, members);
	}

	/**
	 * A field report completes the open inspection of the same company (or frequency
	 * assignment) and type in the year it was filed.
	 */
	@EventListener
	@Transactional
	public void on(FieldReportReceived report) {
		Optional<InspectionType> type = InspectionType.ofFormId(report.formId());
		if (type.isEmpty()) {
			return;
		}
		Long companyId = Optional.ofNullable(report.licenceNumber())
			.flatMap(this.licences::licence)
			.map(Licence::getCompanyId)
			.orElse(null);
		String subjectRef = (type.get() == InspectionType.FREQUENCY_USE && report.assignmentReference() != null)
				? report.assignmentReference() : Objects.requireNonNullElse(report.licenceNumber(), "");
		int year = report.on().getYear();
		List<PlanEntry> open = (type.get() != InspectionType.FREQUENCY_USE && companyId != null)
				? this.entries.findByStatusAndInspectionTypeAndYearAndCompanyIdOrderByPlannedMonthAscIdAsc(
						EntryStatus.PLANNED, type.get(), year, companyId)
				: this.entries.findByStatusAndInspectionTypeAndYearAndSubjectRefOrderByPlannedMonthAscIdAsc(
						EntryStatus.PLANNED, type.get(), year, subjectRef);
		if (open.isEmpty()) {
			return;
		}
		PlanEntry entry = open.get(0);
		entry.done(report.reportId(), report.on(), report.latitude(), report.longitude());
		this.audit.record(report.inspector(), "inspection.done", "inspection", String.valueOf(entry.getId()),
				"field report " + report.reportId(), null);
	}

	private List<PlanCandidate> register(String authorityCode, int year) {
		List<PlanCandidate> register = new ArrayList<>();
		boolean provincial = !Actor.MINISTRY_CODE.equals(authorityCode);
		Map<Long, String> provinceOf = new java.util.HashMap<>();
		for (Licence licence : this.lifecycle.openLicences()) {
			boolean ours = authorityCode.equals(licence.getAuthorityCode());
			// a province also inspects the ministry's licensees that do business in it
			if (!ours && provincial && Actor.MINISTRY_CODE.equals(licence.getAuthorityCode())) {
				ours = authorityCode.equals(provinceOf.computeIfAbsent(licence.getCompanyId(),
						(id) -> this.parties.company(id).getProvinceCode()));
			}
			if (ours) {
				register.add(candidateOf(licence, year));
			}
		}
		if (provincial) {
			for (Assignment assignment : this.spectrum.activeAssignmentsIn(authorityCode)) {
				register.add(candidateOf(assignment, year));
			}
		}
		return register;
	}

	private PlanCandidate candidateOf(Licence licence, int year) {
		Optional<PlanEntry> last = this.entries
			.findFirstBySubjectRefAndStatusOrderByDoneOnDesc(licence.getLicenceNumber(), EntryStatus.DONE);
		int complaints = this.riskFacts.getIfAvailable(() -> InspectionRiskFacts.NONE)
			.upheldComplaints(licence.getCompanyId(), LocalDate.now(this.clock).minusYears(1));
		return new PlanCandidate(SubjectKind.LICENCE, licence.getLicenceNumber(), licence.getCompanyId(),
				licence.getHolderNameLo(), licence.getHolderNameEn(), licence.getLicenceTypeCode(),
				licence.getStatus() == LicenceStatus.ACTIVE, last.map(PlanEntry::getLatitude).orElse(null),
				last.map(PlanEntry::getLongitude).orElse(null), complaints,
				this.lifecycle.appliedMeasuresAgainst(licence.getLicenceNumber()), monthsSince(last, year));
	}

	private PlanCandidate candidateOf(Assignment assignment, int year) {
		Optional<PlanEntry> last = this.entries
			.findFirstBySubjectRefAndStatusOrderByDoneOnDesc(assignment.getReference(), EntryStatus.DONE);
		return new PlanCandidate(SubjectKind.ASSIGNMENT, assignment.getReference(), null,
				assignment.getLicensee() + " — " + assignment.getStationName(), null, FREQUENCY_LICENCE_TYPE,
				assignment.isActive(), assignment.getLatitude(), assignment.getLongitude(), 0, 0,
				monthsSince(last, year));
	}

	private static Integer monthsSince(Optional<PlanEntry> last, int year) {
		return last.map(PlanEntry::getDoneOn)
			.map((done) -> (int) Math.max(0, ChronoUnit.MONTHS.between(done, LocalDate.of(year, 1, 1))))
			.orElse(null);
	}

	private PlanCandidate candidate(Subject subject, String authorityCode, int year) {
		if (subject == null || (subject.licenceNumber() == null) == (subject.assignmentReference() == null)) {
			throw new InvalidInputException("inspection.subject",
					LocalizedText.of("ກະລຸນາລະບຸເລກທີໃບອະນຸຍາດ ຫຼື ເລກອ້າງອີງການມອບຄື້ນຄວາມຖີ່ (ຢ່າງໃດຢ່າງໜຶ່ງ)",
							"Give either a licence number or a frequency assignment reference"));
		}
		if (subject.licenceNumber() != null) {
			Licence licence = this.licences.licence(subject.licenceNumber().strip())
				.filter(Licence::isOpen)
				.filter((found) -> inspects(authorityCode, found))
				.orElseThrow(() -> new NotFoundException("inspection.noSuchLicence",
						LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + subject.licenceNumber() + " ທີ່ຍັງມີຜົນ",
								"No licence " + subject.licenceNumber() + " in force under " + authorityCode)));
			return candidateOf(licence, year);
		}
		Assignment assignment = this.spectrum.assignment(subject.assignmentReference().strip())
			.filter(Assignment::isActive)
			.filter((found) -> Actor.MINISTRY_CODE.equals(authorityCode) || authorityCode.equals(found.getProvince()))
			.orElseThrow(() -> new NotFoundException("inspection.noSuchAssignment",
					LocalizedText.of(
							"ບໍ່ພົບການມອບຄື້ນຄວາມຖີ່ " + subject.assignmentReference() + " ໃນ " + authorityCode,
							"No frequency assignment " + subject.assignmentReference() + " in " + authorityCode)));
		return candidateOf(assignment, year);
	}

	/**
	 * An authority inspects the licences it issued; the ministry every licence, a
	 * province also those of the ministry's licensees that do business in it.
	 */
	private boolean inspects(String authorityCode, Licence licence) {
		return Actor.MINISTRY_CODE.equals(authorityCode) || authorityCode.equals(licence.getAuthorityCode())
				|| (Actor.MINISTRY_CODE.equals(licence.getAuthorityCode())
						&& authorityCode.equals(this.parties.company(licence.getCompanyId()).getProvinceCode()));
	}

	private InspectionType typeOf(PlanCandidate candidate) {
		return this.rules.getObject()
			.typeFor(candidate.licenceType())
			.orElseThrow(() -> new InvalidInputException("inspection.notInspected",
					LocalizedText.of("ປະເພດໃບອະນຸຍາດ " + candidate.licenceType() + " ບໍ່ມີການກວດກາ",
							"Licence type " + candidate.licenceType() + " is not inspected")));
	}

	private static boolean joint(String authorityCode, InspectionType type) {
		return type == InspectionType.FREQUENCY_USE && !Actor.MINISTRY_CODE.equals(authorityCode);
	}

	private PlanView view(InspectionPlan plan) {
		return view(plan, true);
	}

	private PlanView view(InspectionPlan plan, boolean whole) {
		List<PlanEntry> list = this.entries.findByPlanIdOrderByRiskScoreDescIdAsc(plan.getId())
			.stream()
			.filter((entry) -> whole || entry.isJoint())
			.toList();
		Map<Long, List<TeamMember>> teams = teamsOf(list);
		return new PlanView(plan,
				list.stream()
					.map((entry) -> new EntryView(entry, teams.getOrDefault(entry.getId(), List.of())))
					.toList());
	}

	private Map<Long, List<TeamMember>> teamsOf(List<PlanEntry> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		return this.team.findByEntryIdInOrderByIdAsc(list.stream().map(PlanEntry::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TeamMember::getEntryId));
	}

	private InspectionPlan planOf(String authorityCode, int year) {
		return this.plans.findByAuthorityCodeAndYear(authorityCode, year)
			.orElseThrow(() -> new NotFoundException("inspectionPlan.notFound",
					LocalizedText.of("ບໍ່ມີແຜນການກວດກາຂອງ " + authorityCode + " ປີ " + year,
							"There is no inspection plan of " + authorityCode + " for " + year)));
	}

	private InspectionPlan draftPlanOf(PlanEntry entry) {
		if (entry.getPlanId() == null) {
			throw new ConflictException("inspection.adHocNotPlanned",
					LocalizedText.of("ການກວດກາສະເພາະກິດບໍ່ຢູ່ໃນແຜນ", "An ad hoc inspection is not part of the plan"));
		}
		InspectionPlan plan = this.plans.findById(entry.getPlanId()).orElseThrow();
		plan.requireDraft();
		return plan;
	}

	private PlanEntry entry(long entryId) {
		return this.entries.findById(entryId)
			.orElseThrow(() -> new NotFoundException("inspection.notFound",
					LocalizedText.of("ບໍ່ພົບການກວດກາ " + entryId, "No inspection " + entryId)));
	}

	private static String planKey(InspectionPlan plan) {
		return plan.getAuthorityCode() + "/" + plan.getYear();
	}

	/** Great-circle distance (haversine), good to metres at the scale of a province. */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	/** A licence (by number) or a frequency assignment (by reference): one of them. */
	public record Subject(String licenceNumber, String assignmentReference) {

		public Subject {
			licenceNumber = (licenceNumber == null || licenceNumber.isBlank()) ? null : licenceNumber;
			assignmentReference = (assignmentReference == null || assignmentReference.isBlank()) ? null
					: assignmentReference;
		}

	}

	public record PlanView(InspectionPlan plan, List<EntryView> entries) {
	}

	public record EntryView(PlanEntry entry, List<TeamMember> team) {
	}

	/**
	 * @param distanceKm from where the inspector stands, when both positions are known
	 */
	public record MyInspection(PlanEntry entry, List<TeamMember> team, Double distanceKm) {
	}

	public record MonthCoverage(int month, int planned, int done, int overdue) {
	}

	/** A reason that must be given, of a sensible length. */
	static final class RequiredReason {

		private RequiredReason() {
		}

		static String of(String reason) {
			String why = (reason == null) ? "" : reason.strip();
			if (why.isEmpty() || why.length() > 1000) {
				throw new InvalidInputException("inspection.reason", LocalizedText
					.of("ກະລຸນາໃຫ້ເຫດຜົນ (ບໍ່ເກີນ 1000 ຕົວອັກສອນ)", "Give a reason (at most 1,000 characters)"));
			}
			return why;
		}

	}

}

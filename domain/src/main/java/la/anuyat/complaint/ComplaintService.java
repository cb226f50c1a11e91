package la.anuyat.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseParty;
import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.PartyRole;
import la.anuyat.complaint.internal.ComplainantNotices;
import la.anuyat.complaint.internal.ComplaintPapers;
import la.anuyat.complaint.internal.MediationRepository;
import la.anuyat.complaint.internal.ComplaintRepository;
import la.anuyat.complaint.internal.ComplaintStepRepository;
import la.anuyat.complaint.internal.TrackingCodes;
import la.anuyat.document.DocumentService;
import la.anuyat.identity.Actor;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.SafeText;
import la.anuyat.spectrum.BorderGeometry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from the public, from filing to the decision, the rating and a reopening:
 * owns the transaction, the input checks, the access checks, the public steps, the
 * complainant's mails and the audit of every action. The complaint process drives the
 * order of steps through this service; the {@link Complaint} refuses steps that do not
 * fit where it stands.
 */
@Service
@Transactional
public class ComplaintService {

	/** The family of complaint case types in the catalogue. */
	public static final String FAMILY = "COMPLAINT";

	/** Who files a complaint without an account, in the audit trail and the history. */
	public static final Actor PUBLIC = new Actor("public", null, null, null);

	/** The document type of a complaint's photos and files. */
	public static final String EVIDENCE = "complaint-evidence";

	/** The document type of the signed decision letter kept on the case. */
	public static final String DECISION_LETTER = "complaint-decision-letter";

	static final int MAX_DESCRIPTION = 5000;

	static final int MAX_SHORT_TEXT = 500;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,20}$");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ComplaintRepository complaints;

	private final ComplaintStepRepository steps;

	private final ComplaintRules rules;

	private final CaseFileService caseFiles;

	private final CaseTypeCatalogue caseTypes;

	private final AuthorityService authorities;

	private final PartyService parties;

	private final DocumentService documents;

	private final la.anuyat.licence.LicenceService licences;

	private final TrackingCodes trackingCodes;

	private final ComplainantNotices complainant;

	private final CompanyNotices companyNotices;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ComplaintPapers papers;

	private final MediationRepository mediations;

	private final BorderGeometry border;

	private final int maxFiles;

	private final int duplicateWindowDays;

	public ComplaintService(ComplaintRepository complaints, ComplaintStepRepository steps, ComplaintRules rules,
			CaseFileService caseFiles, CaseTypeCatalogue caseTypes, AuthorityService authorities, PartyService parties,
			DocumentService documents, la.anuyat.licence.LicenceService licences, TrackingCodes trackingCodes,
			ComplainantNotices complainant, CompanyNotices companyNotices, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, ComplaintPapers papers, MediationRepository mediations,
			BorderGeometry border, @Value("${anuyat.complaints.max-files:5}") int maxFiles,
			@Value("${anuyat.complaints.duplicate-window-days:30}") int duplicateWindowDays) {
		this.complaints = complaints;
		this.steps = steps;
		this.rules = rules;
		this.caseFiles = caseFiles;
		this.caseTypes = caseTypes;
		this.authorities = authorities;
		this.parties = parties;
		this.documents = documents;
		this.licences = licences;
		this.trackingCodes = trackingCodes;
		this.complainant = complainant;
		this.companyNotices = companyNotices;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.papers = papers;
		this.mediations = mediations;
		this.border = border;
		this.maxFiles = maxFiles;
		this.duplicateWindowDays = duplicateWindowDays;
	}

	// ---------------------------------------------------------------- intake

	/**
	 * Files a complaint: every field and file is checked before anything is stored, so a
	 * refusal stores nothing. The case goes to the authority and section the category's
	 * rules name; the complainant's contact is a party of the case, for staff only.
	 * @param by {@link #PUBLIC} for the public form and Open311, the officer who took a
	 * complaint by phone or at the counter
	 * @return the complaint, with the tracking code that only its filer gets
	 */
	public Complaint file(Actor by, ComplaintIntake intake) {
		if (intake.channel().takenByOfficer() && (by == null || !by.isStaff())) {
			throw new ForbiddenException("complaint.officersOnly",
					LocalizedText.of("ມີແຕ່ພະນັກງານທີ່ບັນທຶກຄຳຮ້ອງທຸກທາງໂທລະສັບໄດ້",
							"Only staff record complaints taken by phone or at the counter"));
		}
		CategoryRules categoryRules = check(intake);
		List<DocumentService.CheckedFile> files = checkFiles(intake.files());
		String authorityCode = categoryRules.ministry() ? Actor.MINISTRY_CODE : intake.provinceCode();
		CaseParty person = intake.anonymous()
				? CaseParty.anonymous(PartyRole.COMPLAINANT, intake.email(), intake.phone())
				: CaseParty.person(PartyRole.COMPLAINANT, intake.name(), intake.email(), intake.phone());
		Long companyId = intake.respondentCompanyId();
		String speaker = (companyId == null) ? null
				: this.parties.speakerFor(companyId).map(ApplicantAccount::getUsername).orElse(null);
		LocalizedText description = intake.channel().takenByOfficer()
				? LocalizedText.of("ບັນທຶກຄຳຮ້ອງທຸກ (" + channelLo(intake.channel()) + ")",
						"Complaint recorded (" + intake.channel().name().toLowerCase(Locale.ROOT) + ")")
				: LocalizedText.of("ໄດ້ຮັບຄຳຮ້ອງທຸກ", "Complaint received");
		CaseFile caseFile = this.caseFiles.bringCase(by, intake.category(), intake.provinceCode(), authorityCode,
				person, companyId, speaker, null, description);
		if (companyId != null) {
			caseFile.addParty(CaseParty.company(PartyRole.RESPONDENT, companyId, speaker));
		}
		String code = newTrackingCode();
		Complaint complaint = this.complaints
			.save(new Complaint(la.anuyat.casefile.CaseId.of(caseFile), code, intake, now()));
		for (DocumentService.CheckedFile file : files) {
			this.documents.store(by, new DocumentService.CaseReference(caseFile.getId(), caseFile.getCaseNumber()),
					EVIDENCE, file.fileName(), file.content(), null);
		}
		step(complaint, ComplaintStage.RECEIVED,
				LocalizedText.of("ໄດ້ຮັບຄຳຮ້ອງທຸກ ແລະ ສົ່ງໃຫ້ " + this.authorities.authority(authorityCode).getNameLo(),
						"Complaint received and sent to the " + this.authorities.authority(authorityCode).getNameEn()));
		this.audit.record(by.username(), "complaint.filed", "case", caseFile.getCaseNumber(),
				"category=" + intake.category() + " channel=" + intake.channel() + " anonymous=" + intake.anonymous()
						+ " files=" + files.size(),
				null);
		this.complainant.tell(complaint, person.getEmail(), caseFile.getCaseNumber(),
				LocalizedText.of("ໄດ້ຮັບຄຳຮ້ອງທຸກຂອງທ່ານແລ້ວ", "We received your complaint"),
				LocalizedText.of("ພວກເຮົາໄດ້ຮັບຄຳຮ້ອງທຸກຂອງທ່ານແລ້ວ. ທ່ານຈະໄດ້ຮັບແຈ້ງໃນແຕ່ລະຂັ້ນຕອນ.",
						"We received your complaint. You will be told at every step."));
		this.events.publishEvent(new ComplaintFiled(caseFile.getId(), caseFile.getCaseNumber(), code));
		return complaint;
	}

	/**
	 * What the category's rules say (for the form: may it be anonymous?), or empty when
	 * it is no active complaint category.
	 */
	// not read-only: the decision engine records each evaluation of the rules
	@Transactional
	public Optional<CategoryRules> rulesOf(String category) {
		return isCategory(category) ? Optional.of(this.rules.of(category)) : Optional.empty();
	}

	/** The active complaint categories, in catalogue order. */
	// not read-only: the decision engine records each evaluation of the rules
	@Transactional
	public List<Category> categories() {
		return this.caseTypes.activeCaseTypes()
			.stream()
			.filter((entry) -> FAMILY.equals(this.caseTypes.familyOf(entry.code())))
			.map((entry) -> new Category(entry.code(), entry.name(), this.rules.of(entry.code())))
			.toList();
	}

	/**
	 * The operators the public may complain about: the holders of a licence in force, by
	 * name.
	 */
	@Transactional(readOnly = true)
	public List<Operator> operators() {
		return this.licences.holdersOfLicencesInForce()
			.stream()
			.map(this.parties::findCompany)
			.flatMap(Optional::stream)
			.map((company) -> new Operator(company.getId(), nameOf(company)))
			.sorted(Comparator.comparing((Operator operator) -> operator.name().lo()))
			.toList();
	}

	/** A company the public may name in a complaint. */
	public record Operator(long companyId, LocalizedText name) {
	}

	/** One complaint category with its rules. */
	public record Category(String code, LocalizedText name, CategoryRules rules) {
	}

	// ---------------------------------------------------------------- public view

	/**
	 * The complaint as its tracking code's holder may see it.
	 * @throws NotFoundException for any code that is not one (malformed or unknown alike)
	 */
	@Transactional(readOnly = true)
	public PublicComplaint track(String trackingCode) {
		String code = TrackingCodes.normalise(trackingCode);
		Complaint complaint = (code == null) ? null : this.complaints.findByTrackingCode(code).orElse(null);
		if (complaint == null) {
			throw new NotFoundException("complaint.notFound",
					LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງທຸກຂອງລະຫັດນີ້", "No complaint has this tracking code"));
		}
		return publicView(complaint);
	}

	/**
	 * A complaint by its case number as the public may see it (Open311's service request
	 * id).
	 */
	@Transactional(readOnly = true)
	public Optional<PublicComplaint> publicByCaseNumber(String caseNumber) {
		if (caseNumber == null || caseNumber.length() > 50) {
			return Optional.empty();
		}
		return this.caseFiles.findByCaseNumber(caseNumber)
			.flatMap((caseFile) -> this.complaints.findById(caseFile.getId()))
			.map(this::publicView);
	}

	/**
	 * Complaints as the public may list them, newest first (Open311's query).
	 * @param category null for every category
	 * @param from filed at or after, or null
	 * @param until filed before, or null
	 * @param closed null for both, true for closed only, false for open only
	 */
	@Transactional(readOnly = true)
	public List<PublicComplaint> publicList(String category, LocalDateTime from, LocalDateTime until, Boolean closed,
			int max) {
		List<ComplaintStage> closedStages = Arrays.stream(ComplaintStage.values())
			.filter(ComplaintStage::isClosed)
			.toList();
		return this.complaints.search(category, from, until, closed, closedStages, max)
			.stream()
			.map(this::publicView)
			.toList();
	}

	// ---------------------------------------------------------------- officers

	/** The complaint of a case. */
	@Transactional(readOnly = true)
	public Complaint ofCase(long caseId) {
		return this.complaints.findById(caseId)
			.orElseThrow(() -> new NotFoundException("complaint.notFound",
					LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງທຸກ", "No such complaint")));
	}

	/** The complaint of a case, if the case is one. */
	@Transactional(readOnly = true)
	public Optional<Complaint> findOfCase(long caseId) {
		return this.complaints.findById(caseId);
	}

	/**
	 * Triage corrects the category or names the operator (from the licence register);
	 * only staff with jurisdiction over the case, before the operator is asked.
	 */
	public Complaint correct(Actor officer, long caseId, String category, Long respondentCompanyId) {
		CaseFile caseFile = requireJurisdiction(officer, caseId);
		Complaint complaint = ofCase(caseId);
		if (!isCategory(category)) {
			throw invalid("category", LocalizedText.of("ບໍ່ມີປະເພດຄຳຮ້ອງທຸກນີ້", "No such complaint category"));
		}
		if (respondentCompanyId != null && this.parties.findCompany(respondentCompanyId).isEmpty()) {
			throw invalid("respondent", LocalizedText.of("ບໍ່ພົບບໍລິສັດນີ້", "No such company"));
		}
		complaint.correct(category, respondentCompanyId, now());
		if (respondentCompanyId != null && !respondentCompanyId.equals(caseFile.getCompanyId())) {
			String speaker = this.parties.speakerFor(respondentCompanyId)
				.map(ApplicantAccount::getUsername)
				.orElse(null);
			this.caseFiles.concern(caseId, officer, PartyRole.RESPONDENT, respondentCompanyId, speaker,
					LocalizedText.of("ລະບຸຜູ້ຖືກຮ້ອງທຸກ", "Operator complained about named"));
		}
		this.audit.record(officer.username(), "complaint.corrected", "case", caseFile.getCaseNumber(),
				"category=" + category + " respondent=" + respondentCompanyId,
				this.authorities.delegationReferenceOf(officer));
		return complaint;
	}

	/**
	 * Complaints of the last days (anuyat.complaints.duplicate-window-days) against the
	 * same operator that may be the same matter, most alike first: the words they share
	 * with this one, and the same category. Triage decides; nothing is merged by itself.
	 */
	@Transactional(readOnly = true)
	public List<Duplicate> possibleDuplicates(Actor officer, long caseId) {
		requireJurisdiction(officer, caseId);
		Complaint complaint = ofCase(caseId);
		if (complaint.getRespondentCompanyId() == null) {
			return List.of();
		}
		Set<String> words = words(complaint.getDescription());
		List<Complaint> recent = this.complaints.findByRespondentCompanyIdAndFiledAtAfterOrderByFiledAtDesc(
				complaint.getRespondentCompanyId(), complaint.getFiledAt().minusDays(this.duplicateWindowDays));
		Map<Long, CaseFile> cases = recent.stream()
			.filter((other) -> !other.getCaseId().equals(complaint.getCaseId()))
			.map((other) -> this.caseFiles.caseById(other.getCaseId().value()))
			.collect(Collectors.toMap(CaseFile::getId, Function.identity()));
		List<Duplicate> found = new ArrayList<>();
		for (Complaint other : recent) {
			CaseFile otherCase = cases.get(other.getCaseId().value());
			if (otherCase == null || !officer.hasJurisdictionOver(otherCase.getAuthorityCode())) {
				continue;
			}
			Set<String> shared = new HashSet<>(words(other.getDescription()));
			shared.retainAll(words);
			Set<String> all = new HashSet<>(words(other.getDescription()));
			all.addAll(words);
			double score = all.isEmpty() ? 0 : (double) shared.size() / all.size();
			if (other.getCategory().equals(complaint.getCategory())) {
				score += 0.25;
			}
			if (score >= 0.3) {
				found.add(new Duplicate(otherCase.getCaseNumber(), other.getCategory(), other.getFiledAt(),
						other.getStage(), Math.min(1.0, score)));
			}
		}
		found.sort(Comparator.comparingDouble(Duplicate::score).reversed());
		return found;
	}

	/** A complaint that may be about the same matter. */
	public record Duplicate(String caseNumber, String category, LocalDateTime filedAt, ComplaintStage stage,
			double score) {
	}

	/**
	 * Triage did not take the complaint up (not for the regulator, a duplicate): it ends
	 * with the reasons, which the complainant is told.
	 */
	public void dismiss(long caseId, Actor officer, String reasons) {
		CaseFile caseFile = requireJurisdiction(officer, caseId);
		SafeText.require("comment", LocalizedText.of("ເຫດຜົນ", "Reasons"), reasons);
		Complaint complaint = ofCase(caseId);
		complaint.dismiss(reasons, now());
		this.caseFiles.conclude(caseId, officer, Decision.REJECT, reasons);
		step(complaint, ComplaintStage.DISMISSED,
				LocalizedText.of("ບໍ່ຮັບພິຈາລະນາ: " + reasons, "Not taken up: " + reasons));
		tellComplainant(complaint, caseFile,
				LocalizedText.of("ຄຳຮ້ອງທຸກບໍ່ໄດ້ຮັບພິຈາລະນາ", "Your complaint was not taken up"),
				LocalizedText.of("ຄຳຮ້ອງທຸກຂອງທ່ານບໍ່ໄດ້ຮັບພິຈາລະນາ: " + reasons,
						"Your complaint was not taken up: " + reasons));
	}

	/**
	 * Triage accepted the complaint: whether its operator can be asked to respond (named,
	 * with an account that speaks for it).
	 */
	public boolean accept(long caseId, Actor officer) {
		CaseFile caseFile = requireJurisdiction(officer, caseId);
		Complaint complaint = ofCase(caseId);
		this.caseFiles.recordHistory(caseId, officer, "complaint.accepted",
				LocalizedText.of("ຮັບພິຈາລະນາຄຳຮ້ອງທຸກ", "Complaint taken up"), null);
		return complaint.getRespondentCompanyId() != null && caseFile.getApplicantUsername() != null;
	}

	/**
	 * The operator is asked to respond within the category's days; they see it in their
	 * portal and by mail, the complainant is told.
	 * @return the due moment
	 */
	public LocalDateTime requestResponse(long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Complaint complaint = ofCase(caseId);
		CategoryRules categoryRules = this.rules.of(complaint.getCategory());
		LocalDateTime due = now().plusDays(categoryRules.responseDays())
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		complaint.awaitResponse(due, now());
		this.caseFiles.setDue(caseId, due);
		String day = DAY.format(due);
		step(complaint, ComplaintStage.AWAITING_RESPONSE, LocalizedText.of("ຂໍໃຫ້ຜູ້ໃຫ້ບໍລິການຕອບພາຍໃນວັນທີ " + day,
				"The operator was asked to respond by " + day));
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				"complaintResponseRequested",
				LocalizedText.of("ມີຄຳຮ້ອງທຸກຕໍ່ບໍລິສັດຂອງທ່ານ", "A complaint against your company"),
				LocalizedText.of(
						"ມີຄຳຮ້ອງທຸກ " + caseFile.getCaseNumber() + " ຕໍ່ບໍລິສັດຂອງທ່ານ. ກະລຸນາຕອບພາຍໃນວັນທີ " + day
								+ ".",
						"Complaint " + caseFile.getCaseNumber() + " was made against your company. Please respond by "
								+ day + "."),
				LocalizedText.of("ເບິ່ງຄຳຮ້ອງທຸກ", "See the complaint"), "/tasks");
		tellComplainant(complaint, caseFile,
				LocalizedText.of("ຂໍຄຳຕອບຈາກຜູ້ໃຫ້ບໍລິການ", "The operator is asked to respond"),
				LocalizedText.of("ພວກເຮົາໄດ້ຂໍໃຫ້ຜູ້ໃຫ້ບໍລິການຕອບຄຳຮ້ອງທຸກຂອງທ່ານພາຍໃນວັນທີ " + day + ".",
						"We asked the operator to respond to your complaint by " + day + "."));
		return due;
	}

	/**
	 * The operator's response, given by an account of the company the complaint is
	 * against, in its portal or through the API.
	 */
	public void respond(long caseId, Actor operator, String response) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		if (operator == null || !operator.isApplicant() || operator.companyId() == null
				|| !operator.companyId().equals(caseFile.getCompanyId())) {
			throw new NotFoundException("complaint.notFound", LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງທຸກ", "No such complaint"));
		}
		String text = requireText("comment", LocalizedText.of("ຄຳຕອບ", "Response"), response, MAX_DESCRIPTION);
		Complaint complaint = ofCase(caseId);
		complaint.respond(text, now());
		this.caseFiles.recordHistory(caseId, operator, "complaint.responded",
				LocalizedText.of("ຜູ້ໃຫ້ບໍລິການຕອບ: " + text, "The operator responded: " + text), null);
		step(complaint, ComplaintStage.IN_ASSESSMENT,
				LocalizedText.of("ຜູ້ໃຫ້ບໍລິການຕອບແລ້ວ", "The operator responded"));
		tellComplainant(complaint, caseFile, LocalizedText.of("ຜູ້ໃຫ້ບໍລິການຕອບແລ້ວ", "The operator responded"),
				LocalizedText.of("ຜູ້ໃຫ້ບໍລິການຕອບຄຳຮ້ອງທຸກຂອງທ່ານວ່າ: " + text,
						"The operator responded to your complaint: " + text));
	}

	/**
	 * The operator did not respond by the due date: the case is flagged and its
	 * leadership told; the operator may still respond until the grace period ends.
	 */
	public void responseOverdue(long caseId) {
		Complaint complaint = ofCase(caseId);
		complaint.markResponseOverdue(now());
		this.caseFiles.escalateOverdue(caseId,
				LocalizedText.of("ຄຳຕອບຂອງຜູ້ໃຫ້ບໍລິການ", "the operator's response to a complaint"),
				complaint.getResponseDue());
		step(complaint, ComplaintStage.AWAITING_RESPONSE, LocalizedText
			.of("ຜູ້ໃຫ້ບໍລິການບໍ່ຕອບຕາມກຳນົດ, ແຈ້ງຄະນະພະແນກແລ້ວ", "The operator did not respond in time; escalated"));
	}

	/**
	 * The grace period after the due date: the grace days of the category from the due
	 * date.
	 */
	public LocalDateTime responseClosesAt(long caseId) {
		Complaint complaint = ofCase(caseId);
		return complaint.getResponseDue().plusDays(this.rules.of(complaint.getCategory()).graceDays());
	}

	/**
	 * The assessment goes on: after the response, without one when the operator gave none
	 * in time, or at once when no operator can be asked.
	 */
	public void beginAssessment(long caseId) {
		Complaint complaint = ofCase(caseId);
		boolean noResponse = complaint.getStage() == ComplaintStage.AWAITING_RESPONSE;
		complaint.beginAssessment(now());
		if (noResponse) {
			step(complaint, ComplaintStage.IN_ASSESSMENT, LocalizedText.of("ຜູ້ໃຫ້ບໍລິການບໍ່ໄດ້ຕອບ; ສືບຕໍ່ພິຈາລະນາ",
					"The operator gave no response; the assessment goes on"));
		}
		else if (complaint.getResponse() == null) {
			step(complaint, ComplaintStage.IN_ASSESSMENT,
					LocalizedText.of("ກຳລັງພິຈາລະນາຄຳຮ້ອງທຸກ", "The complaint is being assessed"));
		}
	}

	/**
	 * The section officer's assessment and the remedy it proposes; the review (study and
	 * decision by two people) follows.
	 */
	public void assess(long caseId, Actor officer, String assessment, String remedy) {
		CaseFile caseFile = requireJurisdiction(officer, caseId);
		String text = requireText("comment", LocalizedText.of("ການປະເມີນ", "Assessment"), assessment, MAX_DESCRIPTION);
		String proposed = optionalText("remedy", LocalizedText.of("ການແກ້ໄຂ", "Remedy"), remedy, 2000);
		Complaint complaint = ofCase(caseId);
		complaint.assess(text, proposed, now());
		this.caseFiles.recordHistory(caseId, officer, "complaint.assessed",
				LocalizedText.of("ປະເມີນຄຳຮ້ອງທຸກ: " + text, "Complaint assessed: " + text), proposed);
		this.caseFiles.openForReview(caseId,
				LocalizedText.of("ສົ່ງພິຈາລະນາ ແລະ ຕັດສິນ", "Sent for review and decision"));
		step(complaint, ComplaintStage.IN_REVIEW,
				LocalizedText.of("ພິຈາລະນາແລ້ວ, ລໍຖ້າການຕັດສິນ", "Assessed, awaiting decision"));
		tellComplainant(complaint, caseFile,
				LocalizedText.of("ຄຳຮ້ອງທຸກລໍຖ້າການຕັດສິນ", "Your complaint awaits decision"),
				LocalizedText.of("ຄຳຮ້ອງທຸກຂອງທ່ານໄດ້ຮັບການພິຈາລະນາແລ້ວ ແລະ ລໍຖ້າການຕັດສິນຂອງຄະນະພະແນກ.",
						"Your complaint was assessed and awaits the leadership's decision."));
	}

	/**
	 * The remedy the assessment proposes (a refund, a repair), recorded while the
	 * complaint is being assessed; the decision names it to the complainant when upheld.
	 */
	public void proposeRemedy(long caseId, Actor officer, String remedy) {
		CaseFile caseFile = requireJurisdiction(officer, caseId);
		String text = requireText("remedy", LocalizedText.of("ການແກ້ໄຂ", "Remedy"), remedy, 2000);
		ofCase(caseId).proposeRemedy(text, now());
		this.caseFiles.recordHistory(caseId, officer, "complaint.remedyProposed",
				LocalizedText.of("ສະເໜີການແກ້ໄຂ: " + text, "Remedy proposed: " + text), text);
		this.audit.record(officer.username(), "complaint.remedyProposed", "case", caseFile.getCaseNumber(), text,
				this.authorities.delegationReferenceOf(officer));
	}

	/**
	 * Takes the decision of the review into the complaint: upheld when approved. The
	 * complainant is told the decision and reasons, and may rate and reopen it within the
	 * category's days. An upheld complaint is handed to enforcement
	 * ({@link ComplaintUpheld}).
	 */
	public void recordDecision(long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Complaint complaint = ofCase(caseId);
		boolean upheld = caseFile.getDecision() == Decision.APPROVE;
		String reasons = caseFile.getDecisionReasons();
		LocalDateTime closes = now().plusDays(this.rules.of(complaint.getCategory()).reopenDays());
		complaint.decide(upheld, reasons, closes, now());
		String day = DAY.format(closes);
		step(complaint, complaint.getStage(),
				upheld ? LocalizedText.of("ຕັດສິນ: ຄຳຮ້ອງທຸກມີມູນ. " + reasons, "Decided: upheld. " + reasons)
						: LocalizedText.of("ຕັດສິນ: ຄຳຮ້ອງທຸກບໍ່ມີມູນ. " + reasons, "Decided: not upheld. " + reasons));
		String remedyLo = (complaint.getRemedy() != null) ? "\nການແກ້ໄຂ: " + complaint.getRemedy() : "";
		String remedyEn = (complaint.getRemedy() != null) ? "\nRemedy: " + complaint.getRemedy() : "";
		tellComplainant(complaint, caseFile,
				LocalizedText.of("ຜົນການຕັດສິນຄຳຮ້ອງທຸກ", "The decision on your complaint"),
				LocalizedText.of(
						(upheld ? "ຄຳຮ້ອງທຸກຂອງທ່ານມີມູນ." : "ຄຳຮ້ອງທຸກຂອງທ່ານບໍ່ມີມູນ.") + "\nເຫດຜົນ: " + reasons
								+ (upheld ? remedyLo : "") + "\n\nທ່ານສາມາດໃຫ້ຄະແນນ ຫຼື ຂໍເປີດຄືນໄດ້ຈົນຮອດວັນທີ " + day
								+ ".",
						(upheld ? "Your complaint was upheld." : "Your complaint was not upheld.") + "\nReasons: "
								+ reasons + (upheld ? remedyEn : "")
								+ "\n\nYou may rate the handling or reopen the complaint until " + day + "."));
		// the signed letter is kept on the case: staff and the complainant download the
		// same one
		keep(caseFile, DECISION_LETTER, "decision-" + caseFile.getCaseNumber() + ".pdf",
				this.papers.decisionLetter(complaint, caseFile));
		this.audit.record("system", upheld ? "complaint.upheld" : "complaint.notUpheld", "case",
				caseFile.getCaseNumber(), reasons, null);
		if (upheld) {
			this.events.publishEvent(new ComplaintUpheld(caseId, caseFile.getCaseNumber(), complaint.getCategory(),
					complaint.getRespondentCompanyId(), caseFile.getAuthorityCode(), complaint.getRemedy()));
		}
	}

	/** The rating and reopen window is over: the complaint is closed for good. */
	public void closeWindow(long caseId) {
		Complaint complaint = ofCase(caseId);
		complaint.close(now());
		step(complaint, ComplaintStage.CLOSED, LocalizedText.of("ປິດຄຳຮ້ອງທຸກ", "Complaint closed"));
	}

	// ---------------------------------------------------------------- complainant

	/** The complainant rates the handling (1–5), with its tracking code. */
	public PublicComplaint rate(String trackingCode, int rating, String comment) {
		Complaint complaint = byCode(trackingCode);
		String text = optionalText("comment", LocalizedText.of("ຄຳເຫັນ", "Comment"), comment, 2000);
		complaint.rate(rating, text, now());
		CaseFile caseFile = this.caseFiles.caseById(complaint.getCaseId().value());
		step(complaint, complaint.getStage(), LocalizedText.of("ຜູ້ຮ້ອງທຸກໃຫ້ຄະແນນ " + rating + "/5",
				"The complainant rated the handling " + rating + "/5"));
		this.audit.record(PUBLIC.username(), "complaint.rated", "case", caseFile.getCaseNumber(), "rating=" + rating,
				null);
		return publicView(complaint);
	}

	/**
	 * The complainant reopens the decided complaint within its window, with a reason: it
	 * is assessed and decided again.
	 * @return the case id of the reopened complaint
	 */
	public long reopen(String trackingCode, String reason) {
		Complaint complaint = byCode(trackingCode);
		String text = requireText("reason", LocalizedText.of("ເຫດຜົນ", "Reason"), reason, MAX_DESCRIPTION);
		long caseId = complaint.getCaseId().value();
		complaint.reopen(now());
		this.caseFiles.reopen(caseId, PUBLIC,
				LocalizedText.of("ຜູ້ຮ້ອງທຸກຂໍເປີດຄືນ: " + text, "The complainant reopened the complaint: " + text));
		step(complaint, ComplaintStage.IN_ASSESSMENT,
				LocalizedText.of("ເປີດຄືນຕາມຄຳຂໍຂອງຜູ້ຮ້ອງທຸກ", "Reopened at the complainant's request"));
		return caseId;
	}

	/**
	 * The latest signed decision letter, for its tracking code's holder.
	 * @throws NotFoundException for an unknown code or before any decision
	 */
	@Transactional(readOnly = true)
	public byte[] decisionLetter(String trackingCode) {
		return latestDocument(byCode(trackingCode).getCaseId().value(), DECISION_LETTER);
	}

	/** The latest signed decision letter, for staff with jurisdiction. */
	@Transactional(readOnly = true)
	public byte[] decisionLetter(Actor officer, long caseId) {
		requireJurisdiction(officer, caseId);
		ofCase(caseId);
		return latestDocument(caseId, DECISION_LETTER);
	}

	/** Whether the complaint has a decision letter yet. */
	@Transactional(readOnly = true)
	public boolean hasDecisionLetter(long caseId) {
		return this.documents.documentTypesOfCase(caseId).contains(DECISION_LETTER);
	}

	byte[] latestDocument(long caseId, String type) {
		return this.documents.documentsOf(caseId)
			.stream()
			.filter((document) -> type.equals(document.documentType()))
			.reduce((first, second) -> second)
			.map((document) -> this.documents.content(document.id()))
			.orElseThrow(() -> new NotFoundException("complaint.noDocument",
					LocalizedText.of("ຍັງບໍ່ມີເອກະສານນີ້", "This document does not exist yet")));
	}

	/** Stores a signed paper of the complaint on its case, as the system. */
	long keep(CaseFile caseFile, String type, String fileName, byte[] pdf) {
		return this.documents
			.store(Actor.system(), new DocumentService.CaseReference(caseFile.getId(), caseFile.getCaseNumber()), type,
					fileName, pdf, null)
			.getId();
	}

	// ---------------------------------------------------------------- operator portal

	/**
	 * The complaints against the actor's company (the respondent's portal): what the
	 * complaint says, never who made it.
	 */
	@Transactional(readOnly = true)
	public List<PublicComplaint> againstCompanyOf(Actor operator) {
		if (operator == null || !operator.isApplicant() || operator.companyId() == null) {
			return List.of();
		}
		return this.complaints.findByRespondentCompanyIdOrderByFiledAtDesc(operator.companyId())
			.stream()
			.map(this::publicView)
			.toList();
	}

	// ---------------------------------------------------------------- helpers

	private CategoryRules check(ComplaintIntake intake) {
		List<FieldError> errors = new ArrayList<>();
		CategoryRules categoryRules = null;
		if (!isCategory(intake.category())) {
			errors.add(new FieldError("category",
					LocalizedText.of("ກະລຸນາເລືອກປະເພດຄຳຮ້ອງທຸກ", "Choose a complaint category")));
		}
		else {
			categoryRules = this.rules.of(intake.category());
		}
		boolean provinceKnown = intake.provinceCode() != null && this.authorities.provinces()
			.stream()
			.map(Authority::getCode)
			.anyMatch(intake.provinceCode()::equals);
		if (!provinceKnown) {
			errors.add(new FieldError("province", LocalizedText.of("ກະລຸນາເລືອກແຂວງ", "Choose the province")));
		}
		if (intake.respondentCompanyId() != null && this.parties.findCompany(intake.respondentCompanyId()).isEmpty()) {
			errors.add(new FieldError("respondent", LocalizedText.of("ບໍ່ພົບຜູ້ໃຫ້ບໍລິການນີ້", "No such operator")));
		}
		checkText(errors, "description", LocalizedText.of("ສິ່ງທີ່ເກີດຂຶ້ນ", "What happened"), intake.description(),
				true, MAX_DESCRIPTION);
		checkText(errors, "district", LocalizedText.of("ເມືອງ", "District"), intake.district(), false, 200);
		checkText(errors, "place", LocalizedText.of("ສະຖານທີ່", "Place"), intake.place(), false, MAX_SHORT_TEXT);
		if ((intake.latitude() == null) != (intake.longitude() == null) || (intake.latitude() != null
				&& (Math.abs(intake.latitude()) > 90 || Math.abs(intake.longitude()) > 180))) {
			errors.add(new FieldError("location",
					LocalizedText.of("ຈຸດທີ່ຕັ້ງບໍ່ຖືກຕ້ອງ", "The point on the map is not valid")));
		}
		else if (intake.latitude() != null && !this.border.contains(intake.latitude(), intake.longitude())) {
			errors.add(new FieldError("location", LocalizedText.of("ຈຸດທີ່ເລືອກຢູ່ນອກ ສປປ ລາວ; ກະລຸນາເລືອກຈຸດໃນປະເທດ",
					"The point is outside Laos; place it where the problem is, inside the country")));
		}
		if (intake.anonymous()) {
			if (categoryRules != null && !categoryRules.anonymousAllowed()) {
				errors
					.add(new FieldError("anonymous", LocalizedText.of("ປະເພດຄຳຮ້ອງທຸກນີ້ຕ້ອງລະບຸຊື່ ແລະ ຊ່ອງທາງຕິດຕໍ່",
							"A complaint of this category needs your name and a way to reach you")));
			}
		}
		else {
			checkText(errors, "name", LocalizedText.of("ຊື່", "Name"), intake.name(), true, 300);
			if (blank(intake.email()) && blank(intake.phone())) {
				errors.add(new FieldError("email", LocalizedText.of("ກະລຸນາໃສ່ອີເມວ ຫຼື ເບີໂທລະສັບ",
						"Give an e-mail address or a telephone number")));
			}
		}
		if (!blank(intake.email())
				&& (intake.email().length() > 320 || !EMAIL.matcher(intake.email().strip()).matches())) {
			errors.add(new FieldError("email", LocalizedText.of("ອີເມວບໍ່ຖືກຕ້ອງ", "The e-mail address is not valid")));
		}
		if (!blank(intake.phone()) && !PHONE.matcher(intake.phone().strip()).matches()) {
			errors.add(new FieldError("phone",
					LocalizedText.of("ເບີໂທລະສັບບໍ່ຖືກຕ້ອງ", "The telephone number is not valid")));
		}
		if (intake.files().size() > this.maxFiles) {
			errors.add(new FieldError("files", LocalizedText.of("ແນບໄຟລ໌ໄດ້ບໍ່ເກີນ " + this.maxFiles + " ໄຟລ໌",
					"Attach at most " + this.maxFiles + " files")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("complaint.invalid",
					LocalizedText.of("ຄຳຮ້ອງທຸກມີຂໍ້ມູນບໍ່ຖືກຕ້ອງ", "The complaint has errors"), errors);
		}
		return categoryRules;
	}

	private List<DocumentService.CheckedFile> checkFiles(List<ComplaintIntake.Evidence> files) {
		List<DocumentService.CheckedFile> checked = new ArrayList<>();
		for (ComplaintIntake.Evidence file : files) {
			checked.add(this.documents.checkAcceptable(file.fileName(), file.content()));
		}
		return checked;
	}

	static void checkText(List<FieldError> errors, String field, LocalizedText label, String value, boolean required,
			int max) {
		if (blank(value)) {
			if (required) {
				errors.add(
						new FieldError(field, LocalizedText.of(label.lo() + ": ຕ້ອງໃສ່", label.en() + " is required")));
			}
			return;
		}
		if (value.length() > max) {
			errors.add(new FieldError(field, LocalizedText.of(label.lo() + ": ຍາວເກີນ " + max + " ຕົວອັກສອນ",
					label.en() + " is longer than " + max + " characters")));
			return;
		}
		SafeText.violation(label, value).ifPresent((text) -> errors.add(new FieldError(field, text)));
		if (looksLikeMarkup(value)) {
			errors.add(new FieldError(field, LocalizedText.of(label.lo() + ": ບໍ່ຮັບລະຫັດ HTML ຫຼື ສະຄຣິບ",
					label.en() + ": HTML or script is not accepted")));
		}
	}

	/**
	 * Markup has no place in a complaint: every page escapes what it shows, but these
	 * texts also travel to Open311 clients and mail readers that may not.
	 */
	static boolean looksLikeMarkup(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.matches("(?s).*<\\s*[a-z!/?].*") || lower.contains("javascript:")
				|| lower.matches("(?s).*\\bon[a-z]+\\s*=.*");
	}

	static String requireText(String field, LocalizedText label, String value, int max) {
		List<FieldError> errors = new ArrayList<>();
		checkText(errors, field, label, value, true, max);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("complaint.invalid", errors.get(0).message(), errors);
		}
		return value.strip();
	}

	static String optionalText(String field, LocalizedText label, String value, int max) {
		if (blank(value)) {
			return null;
		}
		return requireText(field, label, value, max);
	}

	static InvalidInputException invalid(String field, LocalizedText text) {
		return new InvalidInputException("complaint.invalid", text, List.of(new FieldError(field, text)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private boolean isCategory(String category) {
		return category != null && this.caseTypes.casePrefixOf(category).isPresent()
				&& FAMILY.equals(this.caseTypes.familyOf(category));
	}

	private Complaint byCode(String trackingCode) {
		String code = TrackingCodes.normalise(trackingCode);
		return ((code == null) ? Optional.<Complaint>empty() : this.complaints.findByTrackingCode(code))
			.orElseThrow(() -> new NotFoundException("complaint.notFound",
					LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງທຸກຂອງລະຫັດນີ້", "No complaint has this tracking code")));
	}

	/**
	 * The case of a complaint, for staff with jurisdiction over it; anyone else is
	 * refused.
	 */
	public CaseFile requireJurisdiction(Actor officer, long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		if (officer == null || !officer.isStaff() || !officer.hasJurisdictionOver(caseFile.getAuthorityCode())) {
			throw new ForbiddenException("case.outsideJurisdiction",
					LocalizedText.of("ຄຳຮ້ອງທຸກນີ້ບໍ່ຢູ່ໃນຄວາມຮັບຜິດຊອບຂອງໜ່ວຍງານທ່ານ",
							"This complaint is not in your authority's jurisdiction"));
		}
		return caseFile;
	}

	private String newTrackingCode() {
		String code = this.trackingCodes.next();
		while (this.complaints.existsByTrackingCode(code)) {
			code = this.trackingCodes.next();
		}
		return code;
	}

	void step(Complaint complaint, ComplaintStage stage, LocalizedText text) {
		this.steps.save(new ComplaintStep(complaint.getCaseId().value(), now(), stage, text));
	}

	void tellComplainant(Complaint complaint, CaseFile caseFile, LocalizedText subject, LocalizedText text) {
		String email = caseFile.partiesIn(PartyRole.COMPLAINANT)
			.stream()
			.map(CaseParty::getEmail)
			.filter((value) -> value != null)
			.findFirst()
			.orElse(null);
		this.complainant.tell(complaint, email, caseFile.getCaseNumber(), subject, text);
	}

	private PublicComplaint publicView(Complaint complaint) {
		CaseFile caseFile = this.caseFiles.caseById(complaint.getCaseId().value());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		LocalizedText respondent = (complaint.getRespondentCompanyId() == null) ? null
				: this.parties.findCompany(complaint.getRespondentCompanyId())
					.map(ComplaintService::nameOf)
					.orElse(null);
		List<PublicComplaint.Step> history = this.steps.findByCaseIdOrderByAtAscIdAsc(complaint.getCaseId().value())
			.stream()
			.map((step) -> new PublicComplaint.Step(step.getAt(), step.getStage(), step.getText()))
			.toList();
		LocalizedText categoryName = this.caseTypes.nameOf(complaint.getCategory())
			.orElse(LocalizedText.of(complaint.getCategory(), complaint.getCategory()));
		return new PublicComplaint(caseFile.getCaseNumber(), complaint.getCategory(), categoryName,
				complaint.getStage(), !complaint.getStage().isClosed(), complaint.getProvinceCode(),
				complaint.getDistrict(), complaint.getPlace(), complaint.getLatitude(), complaint.getLongitude(),
				authority.getCode(), LocalizedText.of(authority.getNameLo(), authority.getNameEn()), respondent,
				complaint.getFiledAt(), complaint.getUpdatedAt(), complaint.getResponseDue(), complaint.getResponse(),
				complaint.getUpheld(), complaint.getDecisionReasons(), complaint.getRemedy(),
				complaint.getWindowClosesAt(), complaint.getRating(), history,
				this.mediations.findFirstByCaseIdOrderByScheduledAtDescIdDesc(complaint.getCaseId().value())
					.map((meeting) -> new PublicComplaint.Meeting(meeting.getMeetingAt(), meeting.getPlace(),
							meeting.getOutcome()))
					.orElse(null),
				this.documents.documentTypesOfCase(complaint.getCaseId().value()).contains(DECISION_LETTER));
	}

	private static LocalizedText nameOf(Company company) {
		return LocalizedText.of(company.getNameLo(),
				(company.getNameEn() != null) ? company.getNameEn() : company.getNameLo());
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
			if (word.length() > 2) {
				words.add(word);
			}
		}
		return words;
	}

	private static String channelLo(ComplaintChannel channel) {
		return switch (channel) {
			case PHONE -> "ທາງໂທລະສັບ";
			case COUNTER -> "ທີ່ເຄົາເຕີ";
			case OPEN311 -> "Open311";
			case WEB -> "ທາງເວັບ";
		};
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

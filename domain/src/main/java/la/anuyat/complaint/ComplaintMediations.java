package la.anuyat.complaint;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.complaint.internal.ComplaintPapers;
import la.anuyat.complaint.internal.MediationRepository;
import la.anuyat.identity.Actor;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediation of a complaint, between its assessment and the review: the officer
 * schedules a meeting (when, where, who), the complainant and the operator are told, the
 * officer records who came, the minutes and whether they agreed, and a signed record PDF
 * is kept on the case. What was agreed becomes the remedy the decision names. The public
 * tracking page shows the meeting's date and place, never who else takes part.
 */
@Service
@Transactional
public class ComplaintMediations {

	/** The document type of the signed mediation record kept on the case. */
	public static final String RECORD = "complaint-mediation-record";

	static final int MAX_MINUTES = 10000;

	static final int MAX_PARTICIPANTS = 20;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ComplaintService complaints;

	private final MediationRepository mediations;

	private final CaseFileService caseFiles;

	private final ComplaintPapers papers;

	private final CompanyNotices companyNotices;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	public ComplaintMediations(ComplaintService complaints, MediationRepository mediations, CaseFileService caseFiles,
			ComplaintPapers papers, CompanyNotices companyNotices, AuthorityService authorities, AuditTrail audit) {
		this.complaints = complaints;
		this.mediations = mediations;
		this.caseFiles = caseFiles;
		this.papers = papers;
		this.companyNotices = companyNotices;
		this.authorities = authorities;
		this.audit = audit;
	}

	/**
	 * The assessment proposes mediation instead of going straight to review: the
	 * assessment is recorded, the complainant told.
	 */
	public void propose(long caseId, Actor officer, String assessment) {
		CaseFile caseFile = this.complaints.requireJurisdiction(officer, caseId);
		String text = ComplaintService.requireText("comment", LocalizedText.of("ການປະເມີນ", "Assessment"), assessment,
				ComplaintService.MAX_DESCRIPTION);
		Complaint complaint = this.complaints.ofCase(caseId);
		complaint.mediate(text, this.complaints.now());
		this.caseFiles.recordHistory(caseId, officer, "complaint.mediationProposed",
				LocalizedText.of("ປະເມີນແລ້ວ, ສະເໜີໄກ່ເກ່ຍ: " + text, "Assessed, mediation proposed: " + text), null);
		this.complaints.step(complaint, ComplaintStage.IN_MEDIATION,
				LocalizedText.of("ພິຈາລະນາແລ້ວ; ຈະມີການໄກ່ເກ່ຍລະຫວ່າງທ່ານ ແລະ ຜູ້ໃຫ້ບໍລິການ",
						"Assessed; a mediation between you and the operator will be arranged"));
		this.audit.record(officer.username(), "complaint.mediationProposed", "case", caseFile.getCaseNumber(), null,
				this.authorities.delegationReferenceOf(officer));
	}

	/**
	 * Schedules the meeting: a date and time to come, a place, and the participants, at
	 * least the complainant, the operator's representative and an officer, each named.
	 * Every field is checked before anything is stored.
	 */
	public Mediation schedule(Actor officer, long caseId, MediationSchedule schedule) {
		CaseFile caseFile = this.complaints.requireJurisdiction(officer, caseId);
		Complaint complaint = requireMediation(caseId);
		List<FieldError> errors = new ArrayList<>();
		if (schedule == null) {
			schedule = new MediationSchedule(null, null, List.of());
		}
		if (schedule.meetingAt() == null) {
			errors.add(new FieldError("meetingAt",
					LocalizedText.of("ກະລຸນາໃສ່ວັນທີ ແລະ ເວລາປະຊຸມ", "Give the meeting's date and time")));
		}
		else if (!schedule.meetingAt().isAfter(this.complaints.now())) {
			errors.add(new FieldError("meetingAt",
					LocalizedText.of("ວັນທີປະຊຸມຕ້ອງເປັນມື້ຂ້າງໜ້າ", "The meeting must be in the future")));
		}
		text(errors, "place", LocalizedText.of("ສະຖານທີ່", "Place"), schedule.place(), true, 500);
		List<MediationParticipant> participants = new ArrayList<>();
		Set<MediationSide> sides = EnumSet.noneOf(MediationSide.class);
		Set<String> names = new HashSet<>();
		if (schedule.participants().size() > MAX_PARTICIPANTS) {
			errors
				.add(new FieldError("participants", LocalizedText.of("ຜູ້ເຂົ້າຮ່ວມບໍ່ເກີນ " + MAX_PARTICIPANTS + " ຄົນ",
						"At most " + MAX_PARTICIPANTS + " participants")));
		}
		for (int i = 0; i < schedule.participants().size() && i < MAX_PARTICIPANTS; i++) {
			MediationSchedule.Invitee invitee = schedule.participants().get(i);
			String field = "participants[" + i + "]";
			if (invitee == null || invitee.side() == null) {
				errors.add(new FieldError(field, LocalizedText.of("ກະລຸນາເລືອກຝ່າຍຂອງຜູ້ເຂົ້າຮ່ວມ",
						"Say whom the participant speaks for (COMPLAINANT, OPERATOR or OFFICER)")));
				continue;
			}
			int before = errors.size();
			text(errors, field + ".name", LocalizedText.of("ຊື່ຜູ້ເຂົ້າຮ່ວມ", "Participant's name"), invitee.name(),
					true, 300);
			text(errors, field + ".role", LocalizedText.of("ໜ້າທີ່", "Role"), invitee.role(), false, 300);
			if (errors.size() > before) {
				continue;
			}
			if (!names.add(invitee.name().strip())) {
				errors.add(new FieldError(field + ".name",
						LocalizedText.of("ຊື່ຊ້ຳກັນ: " + invitee.name(), "Named twice: " + invitee.name())));
				continue;
			}
			sides.add(invitee.side());
			participants.add(new MediationParticipant(invitee.side(), invitee.name().strip(),
					(invitee.role() == null || invitee.role().isBlank()) ? null : invitee.role().strip()));
		}
		if (!sides.containsAll(EnumSet.allOf(MediationSide.class))) {
			errors.add(new FieldError("participants",
					LocalizedText.of("ຕ້ອງມີຜູ້ຮ້ອງທຸກ, ຜູ້ຕາງໜ້າຜູ້ໃຫ້ບໍລິການ ແລະ ພະນັກງານຢ່າງໜ້ອຍຄົນໜຶ່ງ",
							"Invite the complainant, the operator's representative and at least one officer")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("complaint.mediationInvalid",
					LocalizedText.of("ການນັດໄກ່ເກ່ຍມີຂໍ້ມູນບໍ່ຖືກຕ້ອງ", "The mediation meeting has errors"), errors);
		}
		Mediation mediation = this.mediations.save(new Mediation(caseId, schedule.meetingAt(), schedule.place().strip(),
				participants, officer.username(), this.complaints.now()));
		String when = WHEN.format(mediation.getMeetingAt());
		this.caseFiles.recordHistory(caseId, officer, "complaint.mediationScheduled",
				LocalizedText.of("ນັດໄກ່ເກ່ຍ " + when + " ທີ່ " + mediation.getPlace(),
						"Mediation set for " + when + " at " + mediation.getPlace()),
				null);
		// the public step names the date and the place only, never who takes part
		this.complaints.step(complaint, ComplaintStage.IN_MEDIATION,
				LocalizedText.of("ນັດໄກ່ເກ່ຍວັນທີ " + when + " ທີ່ " + mediation.getPlace(),
						"Mediation meeting on " + when + " at " + mediation.getPlace()));
		this.audit.record(officer.username(), "complaint.mediationScheduled", "case", caseFile.getCaseNumber(),
				"at=" + mediation.getMeetingAt() + " participants=" + participants.size(),
				this.authorities.delegationReferenceOf(officer));
		return mediation;
	}

	/**
	 * Tells the complainant and the operator the meeting's date and place, each in their
	 * language.
	 */
	public void announce(long caseId) {
		Complaint complaint = this.complaints.ofCase(caseId);
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Mediation mediation = latest(caseId);
		String when = WHEN.format(mediation.getMeetingAt());
		this.complaints.tellComplainant(complaint, caseFile,
				LocalizedText.of("ນັດໄກ່ເກ່ຍຄຳຮ້ອງທຸກ", "Mediation of your complaint"),
				LocalizedText.of(
						"ທ່ານໄດ້ຮັບເຊີນເຂົ້າຮ່ວມການໄກ່ເກ່ຍກັບຜູ້ໃຫ້ບໍລິການ ວັນທີ " + when + " ທີ່ "
								+ mediation.getPlace() + ".",
						"You are invited to a mediation meeting with the operator on " + when + " at "
								+ mediation.getPlace() + "."));
		if (complaint.getRespondentCompanyId() != null) {
			this.companyNotices.tell(caseFile.getCaseNumber(), complaint.getRespondentCompanyId(),
					caseFile.getApplicantUsername(), "complaintMediation",
					LocalizedText.of("ນັດໄກ່ເກ່ຍຄຳຮ້ອງທຸກ", "Mediation of a complaint"),
					LocalizedText.of(
							"ບໍລິສັດຂອງທ່ານໄດ້ຮັບເຊີນເຂົ້າຮ່ວມການໄກ່ເກ່ຍຄຳຮ້ອງທຸກ " + caseFile.getCaseNumber()
									+ " ວັນທີ " + when + " ທີ່ " + mediation.getPlace() + ". ກະລຸນາສົ່ງຜູ້ຕາງໜ້າ.",
							"Your company is invited to the mediation of complaint " + caseFile.getCaseNumber() + " on "
									+ when + " at " + mediation.getPlace() + ". Please send a representative."),
					LocalizedText.of("ເບິ່ງຄຳຮ້ອງທຸກ", "See the complaint"), "/tasks");
		}
	}

	/**
	 * Records the meeting: who of the invited came, the minutes and the outcome (what was
	 * agreed, required when they agreed).
	 */
	public Mediation record(Actor officer, long caseId, MediationMinutes minutes) {
		CaseFile caseFile = this.complaints.requireJurisdiction(officer, caseId);
		requireMediation(caseId);
		Mediation mediation = this.mediations.findFirstByCaseIdOrderByScheduledAtDescIdDesc(caseId)
			.filter((candidate) -> !candidate.isRecorded())
			.orElseThrow(() -> new ConflictException("complaint.mediationNotScheduled",
					LocalizedText.of("ຍັງບໍ່ໄດ້ນັດໄກ່ເກ່ຍ", "No mediation meeting is scheduled")));
		List<FieldError> errors = new ArrayList<>();
		if (minutes == null) {
			minutes = new MediationMinutes(List.of(), null, null, null);
		}
		text(errors, "minutes", LocalizedText.of("ບົດບັນທຶກ", "Minutes"), minutes.minutes(), true, MAX_MINUTES);
		if (minutes.outcome() == null) {
			errors.add(new FieldError("outcome", LocalizedText.of("ກະລຸນາເລືອກຜົນການໄກ່ເກ່ຍ",
					"Say whether the parties agreed (AGREED or NO_AGREEMENT)")));
		}
		if (minutes.outcome() == MediationOutcome.AGREED) {
			text(errors, "agreement", LocalizedText.of("ຂໍ້ຕົກລົງ", "Agreement"), minutes.agreement(), true, 2000);
		}
		Set<String> invited = new HashSet<>();
		mediation.getParticipants().forEach((participant) -> invited.add(participant.getName()));
		Set<String> attended = new HashSet<>();
		for (String name : minutes.attended()) {
			String given = (name == null) ? "" : name.strip();
			if (!invited.contains(given)) {
				errors.add(new FieldError("attended",
						LocalizedText.of("ບໍ່ໄດ້ເຊີນ: " + given, "Not among the invited: " + given)));
			}
			attended.add(given);
		}
		if (attended.isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("attended", LocalizedText.of("ກະລຸນາລະບຸຜູ້ທີ່ມາ", "Say who came")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("complaint.mediationInvalid",
					LocalizedText.of("ບົດບັນທຶກການໄກ່ເກ່ຍມີຂໍ້ມູນບໍ່ຖືກຕ້ອງ", "The mediation record has errors"),
					errors);
		}
		String agreement = (minutes.outcome() == MediationOutcome.AGREED) ? minutes.agreement().strip() : null;
		mediation.record(attended, minutes.minutes().strip(), minutes.outcome(), agreement, officer.username(),
				this.complaints.now());
		this.caseFiles.recordHistory(caseId, officer, "complaint.mediationRecorded",
				LocalizedText.of("ບັນທຶກການໄກ່ເກ່ຍ: " + minutes.outcome().label().lo(),
						"Mediation recorded: " + minutes.outcome().label().en()),
				agreement);
		this.audit.record(officer.username(), "complaint.mediationRecorded", "case", caseFile.getCaseNumber(),
				"outcome=" + minutes.outcome() + " attended=" + attended.size(),
				this.authorities.delegationReferenceOf(officer));
		return mediation;
	}

	/**
	 * The recorded meeting becomes a signed record kept on the case; the complaint goes
	 * to review and decision, with the agreement as its remedy, and the complainant is
	 * told.
	 */
	public void issueRecord(long caseId) {
		Complaint complaint = requireMediation(caseId);
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Mediation mediation = latest(caseId);
		if (!mediation.isRecorded()) {
			throw new ConflictException("complaint.mediationNotRecorded",
					LocalizedText.of("ຍັງບໍ່ໄດ້ບັນທຶກການໄກ່ເກ່ຍ", "The mediation meeting is not recorded yet"));
		}
		byte[] pdf = this.papers.mediationRecord(complaint, mediation, caseFile);
		mediation.keepRecord(this.complaints.keep(caseFile, RECORD,
				"mediation-" + caseFile.getCaseNumber() + "-" + mediation.getId() + ".pdf", pdf));
		complaint.mediated(mediation.getAgreement(), this.complaints.now());
		this.caseFiles.openForReview(caseId, LocalizedText.of("ສົ່ງພິຈາລະນາ ແລະ ຕັດສິນ ຫຼັງການໄກ່ເກ່ຍ",
				"Sent for review and decision after mediation"));
		boolean agreed = mediation.getOutcome() == MediationOutcome.AGREED;
		this.complaints.step(complaint, ComplaintStage.IN_REVIEW,
				agreed ? LocalizedText.of("ໄກ່ເກ່ຍແລ້ວ: ຕົກລົງກັນໄດ້; ລໍຖ້າການຕັດສິນ",
						"Mediation held: the parties agreed; awaiting decision")
						: LocalizedText.of("ໄກ່ເກ່ຍແລ້ວ: ຕົກລົງກັນບໍ່ໄດ້; ລໍຖ້າການຕັດສິນ",
								"Mediation held: no agreement; awaiting decision"));
		this.complaints.tellComplainant(complaint, caseFile,
				LocalizedText.of("ຜົນການໄກ່ເກ່ຍ", "The outcome of the mediation"), agreed
						? LocalizedText.of("ການໄກ່ເກ່ຍຕົກລົງກັນໄດ້: " + mediation.getAgreement() + ". ລໍຖ້າການຕັດສິນ.",
								"The mediation reached an agreement: " + mediation.getAgreement()
										+ ". A decision follows.")
						: LocalizedText.of("ການໄກ່ເກ່ຍຕົກລົງກັນບໍ່ໄດ້. ລໍຖ້າການຕັດສິນ.",
								"The mediation reached no agreement. A decision follows."));
	}

	/** The complaint's latest mediation meeting, if any. */
	@Transactional(readOnly = true)
	public Optional<Mediation> ofCase(long caseId) {
		return this.mediations.findFirstByCaseIdOrderByScheduledAtDescIdDesc(caseId);
	}

	/** The latest signed mediation record, for staff with jurisdiction. */
	@Transactional(readOnly = true)
	public byte[] recordPdf(Actor officer, long caseId) {
		this.complaints.requireJurisdiction(officer, caseId);
		this.complaints.ofCase(caseId);
		return this.complaints.latestDocument(caseId, RECORD);
	}

	private Mediation latest(long caseId) {
		return ofCase(caseId).orElseThrow(() -> new NotFoundException("complaint.noMediation",
				LocalizedText.of("ບໍ່ມີການໄກ່ເກ່ຍ", "This complaint has no mediation")));
	}

	private Complaint requireMediation(long caseId) {
		Complaint complaint = this.complaints.ofCase(caseId);
		if (!complaint.inMediation()) {
			throw new ConflictException("complaint.notInMediation",
					LocalizedText.of("ຄຳຮ້ອງທຸກນີ້ບໍ່ໄດ້ຢູ່ໃນຂັ້ນໄກ່ເກ່ຍ", "This complaint is not in mediation"));
		}
		return complaint;
	}

	private static void text(List<FieldError> errors, String field, LocalizedText label, String value, boolean required,
			int max) {
		ComplaintService.checkText(errors, field, label, value, required, max);
	}

}

package la.anuyat.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseId;
import la.anuyat.enforcement.internal.EnforcementCaseRepository;
import la.anuyat.enforcement.internal.EnforcementPapers;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.party.PartyService;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.SafeText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement cases: opened from an upheld complaint, an inspection's finding or by an
 * officer, then — in the order of the enforcement process — the warning (a signed
 * bilingual letter), the written record, the measure proposed for review (a fine, a
 * suspension or revocation of the licence, a seizure, or none), the release or
 * destruction of seized items, and the follow-up. Each step is audited and lands in the
 * case's history, and so on the company page.
 */
@Service
@Transactional
public class Enforcements {

	/** The case type of enforcement cases in the catalogue. */
	public static final String CASE_TYPE = "ENFORCEMENT";

	private static final int MAX_TEXT = 4000;

	private final EnforcementCaseRepository enforcements;

	private final CaseFileService cases;

	private final LicenceService licences;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final EnforcementPapers papers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public Enforcements(EnforcementCaseRepository enforcements, CaseFileService cases, LicenceService licences,
			PartyService parties, AuthorityService authorities, EnforcementPapers papers,
			ApplicationEventPublisher events, Clock clock) {
		this.enforcements = enforcements;
		this.cases = cases;
		this.licences = licences;
		this.parties = parties;
		this.authorities = authorities;
		this.papers = papers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an enforcement case. An officer opens one within their jurisdiction; the
	 * system opens one for an upheld complaint or an inspection's finding.
	 */
	public EnforcementCase open(Actor opener, EnforcementDraft draft) {
		if (draft == null || draft.origin() == null) {
			throw invalid("origin", LocalizedText.of("ກະລຸນາລະບຸທີ່ມາ", "Say what started the case"));
		}
		if (opener == null || !(opener.isStaff() || opener.equals(Actor.system()))) {
			throw new ForbiddenException("enforcement.staffOnly",
					LocalizedText.of("ມີແຕ່ພະນັກງານເທົ່ານັ້ນ", "Only staff may open an enforcement case"));
		}
		String authorityCode = (draft.authorityCode() != null) ? draft.authorityCode() : opener.authorityCode();
		if (authorityCode == null) {
			throw invalid("authorityCode", LocalizedText.of("ກະລຸນາເລືອກໜ່ວຍງານ", "Choose the authority"));
		}
		authorityCode = this.authorities.authority(authorityCode).getCode();
		if (opener.isStaff() && !opener.hasJurisdictionOver(authorityCode)) {
			throw outsideJurisdiction();
		}
		if (draft.companyId() == null) {
			throw invalid("companyId", LocalizedText.of("ກະລຸນາເລືອກບໍລິສັດ", "Choose the company"));
		}
		this.parties.company(draft.companyId());
		String given = blankToNull(draft.licenceNumber());
		String licenceNumber = null;
		if (given != null) {
			Licence licence = this.licences.licence(given)
				.filter((found) -> found.getCompanyId().equals(draft.companyId()))
				.orElseThrow(() -> invalid("licenceNumber", LocalizedText.of("ບໍລິສັດນີ້ບໍ່ມີໃບອະນຸຍາດ " + given,
						"The company holds no licence " + given)));
			licenceNumber = licence.getLicenceNumber();
		}
		String violation = text("violation", LocalizedText.of("ການລະເມີດ", "Violation"), draft.violation(), true);
		String speaker = this.parties.speakerOf(draft.companyId()).orElse(opener.username());
		CaseFile caseFile = this.cases.openCase(opener, CASE_TYPE, authorityCode, draft.companyId(), speaker, null,
				LocalizedText.of("ເປີດຄະດີບັງຄັບໃຊ້ກົດໝາຍ: " + violation, "Enforcement case opened: " + violation));
		EnforcementCase enforcement = this.enforcements.save(new EnforcementCase(new CaseId(caseFile.getId()),
				caseFile.getCaseNumber(), draft.origin(), blankToNull(draft.originReference()), draft.companyId(),
				licenceNumber, violation, opener.username(), now()));
		if (licenceNumber != null) {
			this.cases.addReference(caseFile.getId(), licenceNumber, "enforcement.licence",
					LocalizedText.of("ກ່ຽວກັບໃບອະນຸຍາດ " + licenceNumber, "About licence " + licenceNumber));
		}
		if (enforcement.getOriginReference() != null) {
			this.cases.addReference(caseFile.getId(), enforcement.getOriginReference(), "enforcement.origin",
					LocalizedText.of("ມາຈາກ " + enforcement.getOriginReference(),
							"Started from " + enforcement.getOriginReference()));
		}
		this.events.publishEvent(new EnforcementOpened(caseFile.getId(), caseFile.getCaseNumber(),
				enforcement.getOrigin(), enforcement.getOriginReference()));
		return enforcement;
	}

	/** The warning given to the company; its letter is {@link #warningLetter}. */
	public EnforcementCase warn(Actor officer, String caseNumber, String text) {
		EnforcementCase enforcement = forOfficer(officer, caseNumber);
		String warning = text("text", LocalizedText.of("ໜັງສືເຕືອນ", "Warning"), text, true);
		enforcement.warn(warning, officer.username(), now());
		this.cases.recordHistory(enforcement.getCaseId().value(), officer, "enforcement.warned",
				LocalizedText.of("ອອກໜັງສືເຕືອນ", "Warning issued"), warning);
		return enforcement;
	}

	/** The written record of the violation; its PDF is {@link #writtenRecord}. */
	public EnforcementCase record(Actor officer, String caseNumber, WrittenRecord record) {
		EnforcementCase enforcement = forOfficer(officer, caseNumber);
		if (record == null) {
			throw invalid("findings", LocalizedText.of("ກະລຸນາຂຽນສິ່ງທີ່ພົບ", "Write what was found"));
		}
		WrittenRecord checked = new WrittenRecord(
				text("findings", LocalizedText.of("ສິ່ງທີ່ພົບ", "Findings"), record.findings(), true),
				text("place", LocalizedText.of("ສະຖານທີ່", "Place"), record.place(), true),
				text("present", LocalizedText.of("ຜູ້ເຂົ້າຮ່ວມ", "Present"), record.present(), true),
				text("representative", LocalizedText.of("ຜູ້ຕາງໜ້າ", "Representative"), record.representative(),
						false));
		enforcement.record(checked, officer.username(), now());
		this.cases.recordHistory(enforcement.getCaseId().value(), officer, "enforcement.recorded",
				LocalizedText.of("ບັນທຶກການລະເມີດ", "Written record made"), checked.findings());
		return enforcement;
	}

	/**
	 * How many earlier measures the company had within the window: the ladder's input.
	 */
	@Transactional(readOnly = true)
	public int earlierMeasures(long caseId, int windowMonths) {
		EnforcementCase enforcement = byId(caseId);
		return (int) this.enforcements.countEarlierMeasures(enforcement.getCompanyId(), caseId,
				now().minusMonths(windowMonths), EnumSet.complementOf(EnumSet.of(EnforcementMeasure.NONE)));
	}

	/** The ladder's suggestion, shown to the officer who proposes the measure. */
	public void suggest(long caseId, int priorViolations, EnforcementMeasure measure, Long fineKip) {
		byId(caseId).suggest(priorViolations, measure, fineKip);
	}

	/** The measure the officer proposes for review. */
	public EnforcementCase propose(Actor officer, String caseNumber, MeasureProposal proposal) {
		EnforcementCase enforcement = forOfficer(officer, caseNumber);
		if (proposal == null || proposal.measure() == null) {
			throw invalid("measure", LocalizedText.of("ກະລຸນາເລືອກມາດຕະການ", "Choose the measure"));
		}
		String grounds = text("grounds", LocalizedText.of("ເຫດຜົນ", "Grounds"), proposal.grounds(), true);
		EnforcementMeasure measure = proposal.measure();
		if (measure == EnforcementMeasure.FINE && (proposal.fineKip() == null || proposal.fineKip() <= 0)) {
			throw invalid("fineKip", LocalizedText.of("ກະລຸນາໃສ່ຈຳນວນເງິນປັບໃໝ (ກີບ)", "Give the fine in kip"));
		}
		if (measure.onLicence() && enforcement.getLicenceNumber() == null) {
			throw invalid("measure", LocalizedText.of("ຄະດີນີ້ບໍ່ກ່ຽວກັບໃບອະນຸຍາດໃດ",
					"This case is about no licence: it cannot be suspended or revoked"));
		}
		if (measure == EnforcementMeasure.SUSPEND
				&& (proposal.suspendUntil() == null || !proposal.suspendUntil().isAfter(today()))) {
			throw invalid("suspendUntil",
					LocalizedText.of("ວັນສິ້ນສຸດການໂຈະຕ້ອງຫຼັງມື້ນີ້", "The suspension must end after today"));
		}
		List<SeizureEntry> items = new ArrayList<>();
		if (measure == EnforcementMeasure.SEIZURE) {
			if (proposal.items().isEmpty()) {
				throw invalid("items", LocalizedText.of("ກະລຸນາລະບຸອຸປະກອນທີ່ຍຶດ", "List the items seized"));
			}
			for (SeizureEntry entry : proposal.items()) {
				if (entry == null || entry.quantity() <= 0) {
					throw invalid("items",
							LocalizedText.of("ຈຳນວນຕ້ອງຫຼາຍກວ່າສູນ", "Each quantity must be above zero"));
				}
				items
					.add(new SeizureEntry(text("items", LocalizedText.of("ອຸປະກອນ", "Item"), entry.description(), true),
							text("items", LocalizedText.of("ລຸ້ນ", "Model"), entry.model(), false), entry.quantity(),
							text("items", LocalizedText.of("ບ່ອນເກັບ", "Held at"), entry.heldAt(), true)));
			}
		}
		enforcement.propose(new MeasureProposal(measure, proposal.fineKip(), proposal.suspendUntil(), grounds, items),
				officer.username(), now());
		this.cases.recordHistory(enforcement.getCaseId().value(), officer, "enforcement.measureProposed",
				LocalizedText.of("ສະເໜີມາດຕະການ: " + measure.label().lo(), "Measure proposed: " + measure.label().en()),
				measure + " " + grounds);
		return enforcement;
	}

	/** The case goes to study and decision. */
	public void beginReview(long caseId) {
		EnforcementCase enforcement = byId(caseId);
		this.cases.openForReview(caseId,
				LocalizedText.of("ສົ່ງມາດຕະການພິຈາລະນາ: " + enforcement.getMeasure().label().lo(),
						"Measure sent for review: " + enforcement.getMeasure().label().en()));
	}

	/** The fine's invoice, issued by the payment block. */
	public void fineInvoiced(long caseId, String invoiceNumber) {
		byId(caseId).invoiced(invoiceNumber);
		this.cases.addReference(caseId, invoiceNumber, "enforcement.fineInvoiced",
				LocalizedText.of("ອອກໃບແຈ້ງໜີ້ປັບໃໝ " + invoiceNumber, "Fine invoice " + invoiceNumber + " issued"));
	}

	/** The licence sanction case that carries out a suspension or revocation. */
	public void sanctionStarted(long caseId, String sanctionCaseNumber) {
		byId(caseId).sanctionStarted(sanctionCaseNumber);
		this.cases.addReference(caseId, sanctionCaseNumber, "enforcement.sanctionStarted",
				LocalizedText.of("ເລີ່ມມາດຕະການຕໍ່ໃບອະນຸຍາດ " + sanctionCaseNumber,
						"Licence measure " + sanctionCaseNumber + " started"));
	}

	/** Releases seized items to their owner, or records their destruction. */
	public EnforcementCase dispose(Actor officer, String caseNumber, long itemId, SeizedItemStatus outcome,
			String note) {
		EnforcementCase enforcement = forOfficer(officer, caseNumber);
		if (outcome == null || outcome == SeizedItemStatus.HELD) {
			throw invalid("outcome", LocalizedText.of("ເລືອກ: ສົ່ງຄືນ ຫຼື ທຳລາຍ", "Choose: release or destroy"));
		}
		String reason = text("note", LocalizedText.of("ໝາຍເຫດ", "Note"), note, true);
		SeizedItem item = enforcement.getSeizedItems()
			.stream()
			.filter((candidate) -> candidate.getId() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("enforcement.noSuchItem",
					LocalizedText.of("ບໍ່ພົບລາຍການອຸປະກອນ " + itemId, "No such seized item: " + itemId)));
		item.dispose(outcome, officer.username(), reason, now());
		this.cases.recordHistory(enforcement.getCaseId().value(), officer, "enforcement.item" + outcome,
				LocalizedText.of(outcome.label().lo() + ": " + item.getDescription() + " × " + item.getQuantity(),
						outcome.label().en() + ": " + item.getDescription() + " × " + item.getQuantity()),
				"item=" + itemId + " " + reason);
		return enforcement;
	}

	/** The follow-up's result: compliant, or the violation persists. */
	public void followUp(long caseId, Actor officer, boolean compliant, String comment) {
		EnforcementCase enforcement = byId(caseId);
		String result = compliant ? "compliant" : "violation-persists";
		enforcement.followedUp(result);
		this.cases.recordHistory(caseId, officer, "enforcement.followUp",
				compliant ? LocalizedText.of("ກວດຕິດຕາມ: ປະຕິບັດຖືກຕ້ອງແລ້ວ", "Follow-up: compliant")
						: LocalizedText.of("ກວດຕິດຕາມ: ຍັງລະເມີດຢູ່", "Follow-up: the violation persists"),
				(comment != null) ? comment : result);
	}

	/** The warning letter, signed by the authority. */
	@Transactional(readOnly = true)
	public byte[] warningLetter(Actor actor, String caseNumber) {
		EnforcementCase enforcement = forReader(actor, caseNumber);
		if (!enforcement.isWarned()) {
			throw new NotFoundException("enforcement.noWarning",
					LocalizedText.of("ຍັງບໍ່ໄດ້ອອກໜັງສືເຕືອນ", "No warning was issued yet"));
		}
		return this.papers.warningLetter(enforcement, this.cases.caseById(enforcement.getCaseId().value()));
	}

	/** The written record, signed by the authority. */
	@Transactional(readOnly = true)
	public byte[] writtenRecord(Actor actor, String caseNumber) {
		EnforcementCase enforcement = forReader(actor, caseNumber);
		if (!enforcement.isRecorded()) {
			throw new NotFoundException("enforcement.noRecord",
					LocalizedText.of("ຍັງບໍ່ໄດ້ບັນທຶກ", "No written record was made yet"));
		}
		return this.papers.writtenRecord(enforcement, this.cases.caseById(enforcement.getCaseId().value()));
	}

	/**
	 * The enforcement case, for staff with jurisdiction and for the company concerned.
	 */
	@Transactional(readOnly = true)
	public EnforcementCase enforcement(Actor actor, String caseNumber) {
		return forReader(actor, caseNumber);
	}

	@Transactional(readOnly = true)
	public Optional<EnforcementCase> ofCase(long caseId) {
		return this.enforcements.findById(caseId);
	}

	@Transactional(readOnly = true)
	public EnforcementCase byId(long caseId) {
		return this.enforcements.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No enforcement case " + caseId));
	}

	/** The company's enforcement cases, newest first, for the company page. */
	@Transactional(readOnly = true)
	public List<EnforcementCase> ofCompany(Actor actor, long companyId) {
		return this.enforcements.findByCompanyIdOrderByOpenedAtDesc(companyId)
			.stream()
			.filter((enforcement) -> CaseFileService.visibleTo(actor,
					this.cases.caseById(enforcement.getCaseId().value())))
			.toList();
	}

	private EnforcementCase forOfficer(Actor officer, String caseNumber) {
		if (officer == null || !(officer.role() == Role.SECTION_OFFICER || officer.role() == Role.MINISTRY_OFFICER
				|| officer.role() == Role.LEADERSHIP)) {
			throw new ForbiddenException("enforcement.officersOnly",
					LocalizedText.of("ມີແຕ່ພະນັກງານເທົ່ານັ້ນ", "Only officers may act on an enforcement case"));
		}
		EnforcementCase enforcement = find(caseNumber);
		CaseFile caseFile = this.cases.caseById(enforcement.getCaseId().value());
		if (!officer.hasJurisdictionOver(caseFile.getAuthorityCode())) {
			throw outsideJurisdiction();
		}
		return enforcement;
	}

	private EnforcementCase forReader(Actor actor, String caseNumber) {
		EnforcementCase enforcement = find(caseNumber);
		if (!CaseFileService.visibleTo(actor, this.cases.caseById(enforcement.getCaseId().value()))) {
			throw notFound(caseNumber);
		}
		return enforcement;
	}

	private EnforcementCase find(String caseNumber) {
		return ((caseNumber != null) ? this.enforcements.findByCaseNumber(caseNumber)
				: Optional.<EnforcementCase>empty())
			.orElseThrow(() -> notFound(caseNumber));
	}

	private static String text(String field, LocalizedText label, String value, boolean required) {
		String stripped = blankToNull(value);
		if (stripped == null) {
			if (required) {
				throw invalid(field, LocalizedText.of("ກະລຸນາໃສ່ " + label.lo(), label.en() + " is required"));
			}
			return null;
		}
		if (stripped.length() > MAX_TEXT) {
			throw invalid(field, LocalizedText.of(label.lo() + " ຍາວເກີນ " + MAX_TEXT + " ຕົວອັກສອນ",
					label.en() + " is longer than " + MAX_TEXT + " characters"));
		}
		return SafeText.require(field, label, stripped);
	}

	private static InvalidInputException invalid(String field, LocalizedText text) {
		return new InvalidInputException("enforcement.invalid", text, List.of(new FieldError(field, text)));
	}

	private static ForbiddenException outsideJurisdiction() {
		return new ForbiddenException("enforcement.outsideJurisdiction", LocalizedText
			.of("ຄະດີນີ້ບໍ່ຢູ່ໃນຄວາມຮັບຜິດຊອບຂອງໜ່ວຍງານທ່ານ", "This case is not in your authority's jurisdiction"));
	}

	private static NotFoundException notFound(String caseNumber) {
		return new NotFoundException("enforcement.notFound",
				LocalizedText.of("ບໍ່ພົບຄະດີ " + caseNumber, "No such enforcement case: " + caseNumber));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

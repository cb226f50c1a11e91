package la.anuyat.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.NumberSeries;
import la.anuyat.document.DocumentService;
import la.anuyat.equipment.internal.ApprovedModels;
import la.anuyat.equipment.internal.EquipmentRegisterRepository;
import la.anuyat.equipment.internal.GranteeRepository;
import la.anuyat.equipment.internal.TypeApprovalRepository;
import la.anuyat.identity.Actor;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.Licence;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equipment type approval and the public equipment register: the check of a model's
 * declared bands against the allocation table in force and the power limits, the
 * engineer's conclusion, and on approval the model's approval number (the manufacturer's
 * permanent grantee code, then a product code) and its register entry.
 */
@Service
@Transactional
public class EquipmentService {

	static final String GRANTEE_SERIES = "GRANTEE";

	private final TypeApprovalRepository approvals;

	private final GranteeRepository grantees;

	private final EquipmentRegisterRepository register;

	private final CaseFileService cases;

	private final SpectrumService spectrum;

	private final NumberSeries numbers;

	private final AuditTrail audit;

	private final EquipmentRules rules;

	private final ApprovedModels approvedModels;

	private final DocumentService documents;

	private final Clock clock;

	public EquipmentService(TypeApprovalRepository approvals, GranteeRepository grantees,
			EquipmentRegisterRepository register, CaseFileService cases, SpectrumService spectrum, NumberSeries numbers,
			AuditTrail audit, EquipmentRules rules, ApprovedModels approvedModels, DocumentService documents,
			Clock clock) {
		this.documents = documents;
		this.approvedModels = approvedModels;
		this.approvals = approvals;
		this.grantees = grantees;
		this.register = register;
		this.cases = cases;
		this.spectrum = spectrum;
		this.numbers = numbers;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Checks each band the application declares: it must lie whole in the allocation
	 * table in force (one band, or adjacent bands with no gap between them), and its
	 * power must be within the limit the rules give the band and the equipment's class.
	 * The result is kept per band, for the engineer to conclude on; a check made again
	 * (after an information request) replaces the earlier one.
	 */
	public TypeApproval checkBands(long caseId, PowerLimits limits) {
		CaseFile caseFile = this.cases.caseById(caseId);
		EquipmentDeclaration declaration = EquipmentDeclaration.fromForm(caseFile.getFormData());
		AllocationTableEdition table = this.spectrum.allocationTable();
		List<BandAssessment> results = new ArrayList<>();
		for (DeclaredBand band : declaration.bands()) {
			LocalizedText allocation = AllocatedBands.covering(table.bands(), band.lowerMhz(), band.upperMhz());
			PowerLimits.Limit limit = limits.of(band.lowerMhz(), band.upperMhz(), declaration.equipmentClass());
			results.add(new BandAssessment(band, allocation, limit));
		}
		TypeApproval approval = this.approvals.findById(caseId).orElse(null);
		if (approval == null) {
			approval = new TypeApproval(CaseId.of(caseFile), declaration);
		}
		else {
			approval.declare(declaration);
		}
		approval.checked(table.table().getEdition(), results, LocalDateTime.now(this.clock));
		approval = this.approvals.save(approval);
		long failing = results.stream().filter((result) -> !result.getResult().complies()).count();
		this.cases.recordHistory(caseId, Actor.system(), "equipment.bandsChecked",
				LocalizedText.of(
						"ກວດແຖບຄວາມຖີ່ " + results.size() + " ແຖບ ກັບຕາຕະລາງ " + table.table().getEdition()
								+ ": ບໍ່ຜ່ານ " + failing + " ແຖບ",
						"Checked " + results.size() + " band(s) against table " + table.table().getEdition() + ": "
								+ failing + " do not comply"),
				results.stream()
					.map((result) -> result.band().range() + "=" + result.getResult())
					.collect(Collectors.joining(", ")));
		return approval;
	}

	/**
	 * The engineer's conclusion on the bands (see {@link TypeApproval}), recorded on the
	 * case for the review that follows.
	 */
	public TypeApproval conclude(Actor engineer, long caseId, AssessmentOutcome outcome, String justification) {
		TypeApproval approval = this.approvals.findById(caseId)
			.orElseThrow(() -> new ConflictException("equipment.notChecked", LocalizedText
				.of("ແຖບຄວາມຖີ່ຂອງອຸປະກອນນີ້ຍັງບໍ່ໄດ້ກວດ", "The equipment's bands have not been checked yet")));
		approval.conclude(outcome, justification, engineer.username(), LocalDateTime.now(this.clock));
		String caseNumber = this.cases.caseById(caseId).getCaseNumber();
		this.cases.recordHistory(caseId, engineer, "equipment.assessed",
				LocalizedText.of("ວິສະວະກອນສະຫຼຸບການປະເມີນອຸປະກອນ: " + outcome.taskOutcome(),
						"The engineer concluded the equipment assessment: " + outcome.taskOutcome()),
				approval.getJustification());
		this.audit.record(engineer.username(), "equipment.assessed", "case", caseNumber, outcome.taskOutcome()
				+ ((approval.getJustification() != null) ? ": " + approval.getJustification() : ""), null);
		return approval;
	}

	/**
	 * The equipment a type-approval application declares.
	 * @throws la.anuyat.shared.InvalidInputException naming a band line it cannot read
	 */
	public static EquipmentDeclaration declarationOf(CaseFile caseFile) {
		return EquipmentDeclaration.fromForm(caseFile.getFormData());
	}

	@Transactional(readOnly = true)
	public Optional<TypeApproval> typeApprovalOf(long caseId) {
		return this.approvals.findById(caseId);
	}

	/**
	 * The approved model of a type-approval case whose licence is being issued: its
	 * approval number, from the manufacturer's grantee code (given now if this is the
	 * manufacturer's first approval) and a product code from the model, and its entry in
	 * the public register. Nothing for a case of another type.
	 */
	public Optional<RegisteredEquipment> approve(CaseFile caseFile, Licence licence) {
		if (!this.rules.approvesEquipment(caseFile.getCaseType())) {
			return Optional.empty();
		}
		Optional<RegisteredEquipment> done = this.register.findByCaseId(caseFile.getId());
		if (done.isPresent()) {
			return done;
		}
		TypeApproval approval = this.approvals.findById(caseFile.getId())
			.orElseThrow(() -> new ConflictException("equipment.notAssessed",
					LocalizedText.of("ອຸປະກອນຂອງຄຳຮ້ອງ " + caseFile.getCaseNumber() + " ຍັງບໍ່ໄດ້ຮັບການປະເມີນ",
							"The equipment of case " + caseFile.getCaseNumber() + " has not been assessed")));
		Grantee grantee = granteeOf(approval);
		String productCode = productCode(grantee, approval.getModel());
		String bands = approval.getBands()
			.stream()
			.map(BandAssessment::band)
			.sorted(Comparator.comparingDouble(DeclaredBand::lowerMhz))
			.map(DeclaredBand::range)
			.collect(Collectors.joining("; "));
		RegisteredEquipment entry = this.register.save(new RegisteredEquipment(grantee.getCode() + "-" + productCode,
				grantee, productCode, approval, bands, licence.getCompanyId(), licence.getHolderNameLo(),
				licence.getHolderNameEn(), licence.getLicenceNumber(), LocalDate.now(this.clock)));
		this.cases.addReference(caseFile.getId(), entry.getApprovalNumber(), "equipment.approvalNumber",
				LocalizedText.of("ເລກທີການຢັ້ງຢືນອຸປະກອນ " + entry.getApprovalNumber(),
						"Equipment approval number " + entry.getApprovalNumber()));
		this.audit.record(licence.getIssuedBy(), "equipment.approved", "equipment", entry.getApprovalNumber(), "case="
				+ caseFile.getCaseNumber() + " licence=" + licence.getLicenceNumber() + " model=" + approval.getModel(),
				null);
		return Optional.of(entry);
	}

	/** The certificate's rows of an approved model: approval number, model, bands. */
	@Transactional(readOnly = true)
	public List<CertificateRow> certificateRows(Licence licence) {
		return this.register.findFirstByLicenceNumberOrderByIdDesc(licence.getLicenceNumber())
			.map((entry) -> List.of(
					new CertificateRow("ເລກທີການຢັ້ງຢືນ", "Approval number", entry.getApprovalNumber(), null),
					new CertificateRow("ລະຫັດຜູ້ຜະລິດ", "Grantee code", entry.getGranteeCode(), null),
					new CertificateRow("ຜູ້ຜະລິດ", "Manufacturer", entry.getManufacturerLo(),
							entry.getManufacturerLo().equals(entry.getManufacturerEn()) ? null
									: entry.getManufacturerEn()),
					new CertificateRow("ລຸ້ນ", "Model", entry.getModel(), null),
					new CertificateRow("ແຖບຄວາມຖີ່", "Frequency bands", entry.getBands(), null),
					new CertificateRow("ມາດຕະຖານ", "Standards", entry.getDeclaredStandards(), null)))
			.orElse(List.of());
	}

	/** A company's approved models, newest first. */
	@Transactional(readOnly = true)
	public List<RegisteredEquipment> approvedEquipmentOf(long companyId) {
		return this.register.findByHolderCompanyIdOrderByApprovedOnDescIdDesc(companyId);
	}

	/** An entry of the public register by its approval number. */
	@Transactional(readOnly = true)
	public RegisteredEquipment entry(String approvalNumber) {
		return this.register.findByApprovalNumber((approvalNumber == null) ? "" : approvalNumber.strip())
			.orElseThrow(() -> new NotFoundException("equipment.notFound",
					LocalizedText.of("ບໍ່ພົບອຸປະກອນທີ່ມີເລກທີການຢັ້ງຢືນ " + approvalNumber,
							"No approved equipment has the approval number " + approvalNumber)));
	}

	/**
	 * The approved model a line of an import permit names: by approval number, else by
	 * model name (letter case aside).
	 */
	@Transactional(readOnly = true)
	public Optional<RegisteredEquipment> approvedModel(String modelOrApprovalNumber) {
		return this.approvedModels.find(modelOrApprovalNumber);
	}

	/**
	 * The exhibits of an approved model the public may see today: the public types, and
	 * the confidential ones once the date they were withheld until has come.
	 */
	@Transactional(readOnly = true)
	public List<Exhibit> publicExhibits(String approvalNumber) {
		RegisteredEquipment entry = entry(approvalNumber);
		boolean confidentialToo = entry.exhibitsPublicOn(LocalDate.now(this.clock));
		return this.documents.documentsOf(entry.getCaseId())
			.stream()
			.filter((document) -> this.rules.publicExhibits().contains(document.documentType())
					|| (confidentialToo && this.rules.confidentialExhibits().contains(document.documentType())))
			.map((document) -> new Exhibit(document.id(), document.documentType(), document.fileName(),
					document.mediaType()))
			.toList();
	}

	/**
	 * The file of an exhibit the public may see today.
	 * @throws NotFoundException for any other document: a withheld exhibit does not exist
	 * for the public
	 */
	@Transactional(readOnly = true)
	public ExhibitFile publicExhibit(String approvalNumber, long documentId) {
		Exhibit exhibit = publicExhibits(approvalNumber).stream()
			.filter((candidate) -> candidate.documentId() == documentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("equipment.exhibitNotFound", LocalizedText
				.of("ບໍ່ພົບເອກະສານນີ້ຂອງອຸປະກອນ " + approvalNumber, "No such public exhibit of " + approvalNumber)));
		return new ExhibitFile(exhibit, this.documents.content(documentId));
	}

	/** A document of an approved model shown in the public register. */
	public record Exhibit(long documentId, String documentType, String fileName, String mediaType) {
	}

	public record ExhibitFile(Exhibit exhibit, byte[] content) {
	}

	private Grantee granteeOf(TypeApproval approval) {
		return this.grantees.findByManufacturerKey(Grantee.keyOf(approval.getManufacturerEn()))
			.orElseGet(() -> this.grantees
				.save(new Grantee(String.format(Locale.ROOT, "G%04d", this.numbers.next(GRANTEE_SERIES)),
						approval.getManufacturerLo(), approval.getManufacturerEn(), LocalDateTime.now(this.clock))));
	}

	/**
	 * The model in capitals, letters and digits and single hyphens only, at most 20
	 * characters; a second approval of the same model by one grantee gets {@code -2},
	 * {@code -3}...
	 */
	private String productCode(Grantee grantee, String model) {
		String base = model.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (base.isEmpty()) {
			base = "M";
		}
		base = base.substring(0, Math.min(20, base.length()));
		String code = base;
		for (int n = 2; this.register.existsByGranteeCodeAndProductCode(grantee.getCode(), code); n++) {
			code = base + "-" + n;
		}
		return code;
	}

}

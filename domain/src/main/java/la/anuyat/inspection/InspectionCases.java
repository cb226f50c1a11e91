package la.anuyat.inspection;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseId;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.internal.InspectionCaseRepository;
import la.anuyat.licence.BilingualSheets;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection cases: a field report's findings reviewed by the inspector's department
 * (review-and-decide, four-eyes) before a confirmed violation starts enforcement. A
 * report is matched to the company by the licence it names; a report naming no licence
 * the register knows opens no case (it is kept, and audited, for an officer to follow
 * up).
 */
@Service
@Transactional
public class InspectionCases {

	/** The case type of inspection cases in the catalogue. */
	public static final String CASE_TYPE = "INSPECTION";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private final InspectionCaseRepository inspections;

	private final CaseFileService cases;

	private final LicenceService licences;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final FieldReports reports;

	private final BilingualSheets sheets;

	public InspectionCases(InspectionCaseRepository inspections, CaseFileService cases, LicenceService licences,
			PartyService parties, AuthorityService authorities, AuditTrail audit, FieldReports reports,
			BilingualSheets sheets) {
		this.reports = reports;
		this.sheets = sheets;
		this.inspections = inspections;
		this.cases = cases;
		this.licences = licences;
		this.parties = parties;
		this.authorities = authorities;
		this.audit = audit;
	}

	/**
	 * Opens the case that reviews a field report's findings.
	 * @param violations the violations the report shows, each in Lao and English
	 * @return the case, or empty when the report names no licence of the register
	 */
	public Optional<InspectionCase> open(FieldReport report, String licenceNumber, List<LocalizedText> violations,
			String notes, List<CertificateRow> answers) {
		Optional<InspectionCase> known = this.inspections.findByFieldReportId(report.getId());
		if (known.isPresent()) {
			return known;
		}
		Optional<Licence> licence = Optional.ofNullable(licenceNumber).flatMap(this.licences::licence);
		if (licence.isEmpty()) {
			this.audit.record(report.getInspectorUsername(), "inspection.unmatchedReport", "fieldReport",
					report.getInstanceId(), "licence=" + licenceNumber, null);
			return Optional.empty();
		}
		Actor inspector = this.authorities.staffByUsername(report.getInspectorUsername())
			.map(StaffMember::toActor)
			.orElse(Actor.system());
		String authority = (inspector.authorityCode() != null) ? inspector.authorityCode()
				: licence.get().getAuthorityCode();
		long companyId = licence.get().getCompanyId();
		String speaker = this.parties.speakerOf(companyId).orElse(inspector.username());
		int count = violations.size();
		CaseFile caseFile = this.cases.openCase(inspector, CASE_TYPE, authority, companyId, speaker, null, (count == 0)
				? LocalizedText.of("ລາຍງານການກວດກາ " + licence.get().getLicenceNumber() + ": ບໍ່ພົບການລະເມີດ",
						"Inspection report on " + licence.get().getLicenceNumber() + ": no violation found")
				: LocalizedText.of(
						"ລາຍງານການກວດກາ " + licence.get().getLicenceNumber() + ": ພົບການລະເມີດ " + count + " ຂໍ້",
						"Inspection report on " + licence.get().getLicenceNumber() + ": " + count
								+ " violation(s) found"));
		InspectionCase inspection = this.inspections
			.save(new InspectionCase(new CaseId(caseFile.getId()), caseFile.getCaseNumber(), report.getId(),
					report.getFormId(), licence.get().getLicenceNumber(), companyId,
					violations.stream().map((text) -> text.lo() + " / " + text.en()).toList(), notes, json(answers)));
		this.cases.addReference(caseFile.getId(), licence.get().getLicenceNumber(), "inspection.licence",
				LocalizedText.of("ກວດກາໃບອະນຸຍາດ " + licence.get().getLicenceNumber(),
						"Inspected licence " + licence.get().getLicenceNumber()));
		return Optional.of(inspection);
	}

	/**
	 * The inspection report: the company, licence, inspector, time and position, every
	 * answer of the checklist and the violations found, then the photos; in Lao and
	 * English, signed with the authority's key. Staff with jurisdiction and the company.
	 */
	@Transactional(readOnly = true)
	public byte[] reportPdf(Actor actor, String caseNumber) {
		CaseFile caseFile = this.cases.caseByNumber(actor, caseNumber);
		InspectionCase inspection = this.inspections.findById(caseFile.getId())
			.orElseThrow(() -> new NotFoundException("inspection.notFound",
					LocalizedText.of("ບໍ່ພົບການກວດກາ " + caseNumber, "No such inspection case: " + caseNumber)));
		FieldReport report = this.reports.reportById(inspection.getFieldReportId()).orElseThrow();
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		Company company = this.parties.company(inspection.getCompanyId());
		List<CertificateRow> rows = new ArrayList<>();
		rows.add(new CertificateRow("ບໍລິສັດ", "Company", company.getNameLo(), company.getNameEn()));
		rows.add(new CertificateRow("ໃບອະນຸຍາດ", "Licence", inspection.getLicenceNumber(), null));
		rows.add(new CertificateRow("ຜູ້ກວດກາ", "Inspector", report.getInspectorUsername(), null));
		rows.add(new CertificateRow("ວັນທີ ແລະ ເວລາ", "Received", DATE_TIME.format(report.getReceivedAt()), null));
		if (report.getLatitude() != null) {
			rows.add(
					new CertificateRow("ຈຸດທີ່ຕັ້ງ", "Position",
							String.format(Locale.ROOT, "%.6f, %.6f%s", report.getLatitude(), report.getLongitude(),
									(report.getAccuracy() != null)
											? String.format(Locale.ROOT, " (± %.0f m)", report.getAccuracy()) : ""),
							null));
		}
		rows.addAll(answersOf(inspection));
		rows.add(new CertificateRow("ການລະເມີດທີ່ພົບ", "Violations found",
				inspection.isClean() ? "ບໍ່ມີ" : String.join("; ", inspection.getViolations()),
				inspection.isClean() ? "None" : null));
		List<FieldReportMedia> pictures = this.reports.mediaOf(report.getId())
			.stream()
			.filter((media) -> media.getMediaType().startsWith("image/"))
			.toList();
		for (int i = 0; i < pictures.size(); i++) {
			photoRow(i + 1, pictures.get(i)).ifPresent(rows::add);
		}
		List<BilingualSheets.SignatureBlock> signatures = this.reports.signaturesOf(report.getId())
			.stream()
			.map((signature) -> (signature.getRole() == SignerRole.INSPECTOR)
					? new BilingualSheets.SignatureBlock("ລາຍເຊັນຜູ້ກວດກາ", "Inspector's signature",
							signature.getName(), signature.getPng())
					: new BilingualSheets.SignatureBlock("ລາຍເຊັນຜູ້ຕາງໜ້າທຸລະກິດ",
							"Business representative's signature", signature.getName(), signature.getPng()))
			.toList();
		boolean signed = !signatures.isEmpty();
		return this.sheets.renderSigned(new BilingualSheets.Sheet("Inspection report " + caseNumber, "ລາຍງານການກວດກາ",
				"Inspection report", caseNumber, authority.getNameLo(), authority.getNameEn(), rows,
				signed ? "ລາຍງານນີ້ສ້າງຈາກແບບຟອມທີ່ຜູ້ກວດກາຕື່ມຢູ່ສະຖານທີ່, ພ້ອມຮູບຖ່າຍ; ຜູ້ຕາງໜ້າທຸລະກິດໄດ້ອ່ານບົດສະຫຼຸບ ແລະ ລົງລາຍເຊັນ."
						: "ລາຍງານນີ້ສ້າງຈາກແບບຟອມທີ່ຜູ້ກວດກາສົ່ງມາຈາກສະຖານທີ່, ພ້ອມຮູບຖ່າຍ.",
				signed ? "This report is made from the checklist the inspector filled in on the premises, with its "
						+ "photos; the business representative read its summary and signed it."
						: "This report is made from the checklist the inspector sent from the premises, with its photos.",
				pictures.stream().map(FieldReportMedia::getContent).toList(), signatures), caseFile.getAuthorityCode(),
				"Inspection report " + caseNumber);
	}

	/** When and where a photo was taken, as its camera recorded it, if it did. */
	private static Optional<CertificateRow> photoRow(int number, FieldReportMedia photo) {
		List<String> facts = new ArrayList<>();
		if (photo.getTakenAt() != null) {
			facts.add(DATE_TIME.format(photo.getTakenAt()));
		}
		if (photo.getTakenLatitude() != null && photo.getTakenLongitude() != null) {
			facts.add(String.format(Locale.ROOT, "%.6f, %.6f", photo.getTakenLatitude(), photo.getTakenLongitude()));
		}
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CertificateRow("ຮູບຖ່າຍ " + number + " (EXIF)", "Photo " + number + " taken (EXIF)",
				String.join(" · ", facts), null));
	}

	private static List<CertificateRow> answersOf(InspectionCase inspection) {
		if (inspection.getAnswers() == null) {
			return List.of();
		}
		try {
			return List.of(JSON.readValue(inspection.getAnswers(), CertificateRow[].class));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable answers of " + inspection.getCaseNumber(), ex);
		}
	}

	private static String json(List<CertificateRow> answers) {
		try {
			return JSON.writeValueAsString(answers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The case goes to study and decision. */
	public void beginReview(long caseId) {
		this.cases.openForReview(caseId,
				LocalizedText.of("ສົ່ງຜົນການກວດກາພິຈາລະນາ", "Inspection findings sent for review"));
	}

	/** The enforcement case the confirmed violations started. */
	public void enforcementStarted(long caseId, String enforcementCaseNumber) {
		byId(caseId).enforcementStarted(enforcementCaseNumber);
		this.cases.addReference(caseId, enforcementCaseNumber, "inspection.enforcementStarted",
				LocalizedText.of("ເລີ່ມການບັງຄັບໃຊ້ກົດໝາຍ " + enforcementCaseNumber,
						"Enforcement " + enforcementCaseNumber + " started"));
	}

	@Transactional(readOnly = true)
	public InspectionCase byId(long caseId) {
		return this.inspections.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No inspection case " + caseId));
	}

	@Transactional(readOnly = true)
	public Optional<InspectionCase> ofCase(long caseId) {
		return this.inspections.findById(caseId);
	}

	@Transactional(readOnly = true)
	public Optional<InspectionCase> ofReport(long fieldReportId) {
		return this.inspections.findByFieldReportId(fieldReportId);
	}

}

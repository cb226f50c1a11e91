package la.anuyat.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.company.CompanyFile.CaseLine;
import la.anuyat.company.CompanyFile.EquipmentLine;
import la.anuyat.company.CompanyFile.FrequencyLine;
import la.anuyat.company.CompanyFile.HistoryLine;
import la.anuyat.company.CompanyFile.LicenceLine;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.spectrum.SpectrumLicensing;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplication;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company page: one company's licences, cases and history, for the company's own
 * applicants and for staff within jurisdiction. Staff see a company of their province, or
 * one with a case or licence of their authority, and of it only what their jurisdiction
 * covers; to anyone else the company does not exist.
 */
@Service
@Transactional(readOnly = true)
public class CompanyFiles {

	/** The history shows the latest events; the cases themselves keep all. */
	static final int HISTORY_LINES = 50;

	private final PartyService parties;

	private final CaseFileService cases;

	private final LicenceService licences;

	private final LicenceApplications applications;

	private final Clock clock;

	private final EquipmentService equipment;

	private final SpectrumLicensing spectrum;

	public CompanyFiles(PartyService parties, CaseFileService cases, LicenceService licences,
			LicenceApplications applications, EquipmentService equipment, SpectrumLicensing spectrum, Clock clock) {
		this.equipment = equipment;
		this.spectrum = spectrum;
		this.parties = parties;
		this.cases = cases;
		this.licences = licences;
		this.applications = applications;
		this.clock = clock;
	}

	public CompanyFile of(Actor viewer, long companyId) {
		if (viewer == null || (viewer.isApplicant() && !Long.valueOf(companyId).equals(viewer.companyId()))
				|| (!viewer.isApplicant() && !viewer.isStaff())) {
			throw notFound(companyId);
		}
		Company company;
		try {
			company = this.parties.company(companyId);
		}
		catch (NotFoundException ex) {
			throw notFound(companyId);
		}
		List<CaseFile> caseFiles = this.cases.casesOfCompany(viewer, companyId);
		List<Licence> held = this.licences.licencesOf(companyId)
			.stream()
			.filter((licence) -> viewer.isApplicant() || viewer.hasJurisdictionOver(licence.getAuthorityCode()))
			.toList();
		if (viewer.isStaff() && !viewer.hasJurisdictionOver(company.getProvinceCode()) && caseFiles.isEmpty()
				&& held.isEmpty()) {
			throw notFound(companyId);
		}
		Map<String, LicenceType> types = this.licences.catalogue()
			.stream()
			.collect(Collectors.toMap(LicenceType::getCode, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		List<LicenceLine> licenceLines = held.stream()
			.map((licence) -> new LicenceLine(licence.getLicenceNumber(), licence.getLicenceTypeCode(),
					nameOf(types, licence.getLicenceTypeCode()), licence.getAuthorityCode(), licence.getIssuedOn(),
					licence.getValidUntil(), licence.getStatus(), licence.verificationStatus(today)))
			.toList();
		Map<Long, LicenceApplication> applied = this.applications
			.ofCases(caseFiles.stream().map(CaseFile::getId).toList());
		List<CaseLine> caseLines = caseFiles.stream()
			.map((caseFile) -> new CaseLine(caseFile.getCaseNumber(), caseFile.getCaseType(),
					nameOf(types, caseFile.getCaseType()), caseFile.getAuthorityCode(), caseFile.getStatus(),
					caseFile.getCreatedAt(), caseFile.getSubmittedAt(), issuedBy(applied.get(caseFile.getId()))))
			.toList();
		List<HistoryLine> history = caseFiles.stream()
			.flatMap((caseFile) -> caseFile.getEvents()
				.stream()
				.map((event) -> new HistoryLine(event.getAt(), caseFile.getCaseNumber(), event.getType(),
						event.getDescription())))
			.sorted(Comparator.comparing(HistoryLine::at).reversed())
			.limit(HISTORY_LINES)
			.toList();
		// the approvals of the licences the reader may see
		List<String> seen = held.stream().map(Licence::getLicenceNumber).toList();
		List<EquipmentLine> equipmentLines = this.equipment.approvedEquipmentOf(companyId)
			.stream()
			.filter((entry) -> seen.contains(entry.getLicenceNumber()))
			.map((entry) -> new EquipmentLine(entry.getApprovalNumber(), entry.getModel(), entry.getManufacturerLo(),
					entry.getManufacturerEn(), entry.getBands(), entry.getApprovedOn(), entry.getLicenceNumber()))
			.toList();
		List<FrequencyLine> frequencyLines = this.spectrum.frequenciesOf(companyId)
			.stream()
			.filter((assignment) -> seen.contains(assignment.getLicenceNumber()))
			.map((assignment) -> new FrequencyLine(assignment.getReference(), assignment.getStationName(),
					assignment.getCentreFrequencyMhz(), assignment.getBandwidthKhz(),
					assignment.getEmissionDesignator(), assignment.getProvince(), assignment.getStatus(),
					assignment.getValidUntil(), assignment.getLicenceNumber()))
			.toList();
		return new CompanyFile(company, licenceLines, caseLines, history, equipmentLines, frequencyLines);
	}

	private static LocalizedText nameOf(Map<String, LicenceType> types, String code) {
		LicenceType type = types.get(code);
		return (type != null) ? type.getName() : LocalizedText.of(code, code);
	}

	private static NotFoundException notFound(long companyId) {
		return new NotFoundException("company.notFound",
				LocalizedText.of("ບໍ່ພົບບໍລິສັດ " + companyId, "No such company: " + companyId));
	}

	private static String issuedBy(LicenceApplication application) {
		return (application != null) ? application.getLicenceNumber() : null;
	}

}

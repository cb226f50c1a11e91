package la.anuyat.company.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.company.CompanyFile;
import la.anuyat.company.CompanyFiles;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.party.Company;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One page per company: its licences, cases and history, for the company's own applicants
 * and for staff within jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Everything held about one company, within the caller's jurisdiction")
class CompanyController {

	private final CurrentActor currentActor;

	private final CompanyFiles companyFiles;

	CompanyController(CurrentActor currentActor, CompanyFiles companyFiles) {
		this.currentActor = currentActor;
		this.companyFiles = companyFiles;
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own company (applicants)")
	CompanyAnswer mine() {
		Actor actor = this.currentActor.actor();
		if (!actor.isApplicant() || actor.companyId() == null) {
			throw new NotFoundException("company.notFound",
					LocalizedText.of("ບັນຊີນີ້ບໍ່ມີບໍລິສັດ", "This account has no company"));
		}
		return CompanyAnswer.of(this.companyFiles.of(actor, actor.companyId()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One company: its licences, cases and history (404 outside the caller's jurisdiction)")
	CompanyAnswer company(@PathVariable long id) {
		return CompanyAnswer.of(this.companyFiles.of(this.currentActor.actor(), id));
	}

	record CompanyAnswer(long id, String nameLo, String nameEn, String registrationNumber, String taxNumber,
			String province, String address, List<LicenceAnswer> licences, List<CaseAnswer> cases,
			List<HistoryAnswer> history, List<EquipmentAnswer> equipment, List<FrequencyAnswer> frequencies) {

		static CompanyAnswer of(CompanyFile file) {
			Company company = file.company();
			return new CompanyAnswer(company.getId(), company.getNameLo(), company.getNameEn(),
					company.getRegistrationNumber(), company.getTaxNumber(), company.getProvinceCode(),
					company.getAddress(),
					file.licences()
						.stream()
						.map((line) -> new LicenceAnswer(line.licenceNumber(), line.licenceType(), line.authorityCode(),
								line.issuedOn(), line.validUntil(), line.status(), line.standing()))
						.toList(),
					file.cases()
						.stream()
						.map((line) -> new CaseAnswer(line.caseNumber(), line.caseType(), line.authorityCode(),
								line.status().name(), line.submittedAt(), line.licenceNumber()))
						.toList(),
					file.history()
						.stream()
						.map((line) -> new HistoryAnswer(line.at(), line.caseNumber(), line.type(), line.description()))
						.toList(),
					file.equipment()
						.stream()
						.map((line) -> new EquipmentAnswer(line.approvalNumber(), line.model(), line.manufacturerLo(),
								line.manufacturerEn(), List.of(line.bands().split("; ")), line.approvedOn(),
								line.licenceNumber()))
						.toList(),
					file.frequencies()
						.stream()
						.map((line) -> new FrequencyAnswer(line.reference(), line.stationName(),
								line.centreFrequencyMhz(), line.bandwidthKhz(), line.emissionDesignator(),
								line.province(), line.status().name(), line.validUntil(), line.licenceNumber()))
						.toList());
		}

	}

	record LicenceAnswer(String licenceNumber, String licenceType, String authority, LocalDate issuedOn,
			LocalDate validUntil, LicenceStatus status, VerificationStatus standing) {
	}

	record CaseAnswer(String caseNumber, String caseType, String authority, String status, LocalDateTime submittedAt,
			String licenceNumber) {
	}

	record EquipmentAnswer(String approvalNumber, String model, String manufacturerLo, String manufacturerEn,
			List<String> bands, LocalDate approvedOn, String licenceNumber) {
	}

	record FrequencyAnswer(String reference, String stationName, double centreFrequencyMhz, double bandwidthKhz,
			String emissionDesignator, String province, String status, LocalDate validUntil, String licenceNumber) {
	}

	record HistoryAnswer(LocalDateTime at, String caseNumber, String type, LocalizedText description) {
	}

}

package la.anuyat.company;

import la.anuyat.spectrum.AssignmentStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.party.Company;
import la.anuyat.shared.LocalizedText;

/**
 * Everything the regulator holds about one company, as one reader may see it: its
 * licences with their standing, its cases, and their history. Later families (payments,
 * frequencies, equipment, complaints, inspections) add their lines.
 *
 * @param company the company as it signed up
 * @param licences its licences, newest first
 * @param cases its cases, newest first
 * @param history what happened on its cases, newest first
 * @param equipment its type-approved equipment, newest first
 * @param frequencies the frequency assignments its radio frequency licences made, by
 * frequency
 */
public record CompanyFile(Company company, List<LicenceLine> licences, List<CaseLine> cases, List<HistoryLine> history,
		List<EquipmentLine> equipment, List<FrequencyLine> frequencies) {

	/** A frequency assignment of the company in the register. */
	public record FrequencyLine(String reference, String stationName, double centreFrequencyMhz, double bandwidthKhz,
			String emissionDesignator, String province, AssignmentStatus status, LocalDate validUntil,
			String licenceNumber) {
	}

	/** A type-approved model the company holds the approval of (public facts). */
	public record EquipmentLine(String approvalNumber, String model, String manufacturerLo, String manufacturerEn,
			String bands, LocalDate approvedOn, String licenceNumber) {
	}

	public record LicenceLine(String licenceNumber, String licenceType, LocalizedText licenceTypeName,
			String authorityCode, LocalDate issuedOn, LocalDate validUntil, LicenceStatus status,
			VerificationStatus standing) {
	}

	public record CaseLine(String caseNumber, String caseType, LocalizedText caseTypeName, String authorityCode,
			CaseStatus status, LocalDateTime createdAt, LocalDateTime submittedAt, String licenceNumber) {
	}

	public record HistoryLine(LocalDateTime at, String caseNumber, String type, LocalizedText description) {
	}

}

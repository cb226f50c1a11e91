package la.anuyat.complaint.internal;

import java.time.LocalDate;

import la.anuyat.inspection.InspectionRiskFacts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the inspection plan how many complaints against a company were upheld since a
 * day: a reopened complaint counts again only once it is decided again.
 */
@Component
class UpheldComplaintsAsRisk implements InspectionRiskFacts {

	private final ComplaintRepository complaints;

	UpheldComplaintsAsRisk(ComplaintRepository complaints) {
		this.complaints = complaints;
	}

	@Override
	@Transactional(readOnly = true)
	public int upheldComplaints(long companyId, LocalDate since) {
		return (int) this.complaints.countByRespondentCompanyIdAndUpheldTrueAndDecidedAtGreaterThanEqual(companyId,
				since.atStartOfDay());
	}

}

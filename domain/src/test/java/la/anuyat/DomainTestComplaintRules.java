package la.anuyat;

import la.anuyat.complaint.CategoryRules;
import la.anuyat.complaint.ComplaintRules;

import org.springframework.stereotype.Component;

/**
 * The complaint categories' rules in the domain tests (the real ones are a decision
 * table, tested with the process): scam calls may be anonymous, nothing else.
 */
@Component
class DomainTestComplaintRules implements ComplaintRules {

	@Override
	public CategoryRules of(String category) {
		return new CategoryRules("CMP-SCAM".equals(category), 10, 5, "POST", false, 14);
	}

}

package la.anuyat.complaint.process.internal;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.complaint.ComplaintUpheld;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An upheld complaint against a known operator starts enforcement by the authority that
 * decided it, in the same transaction as the decision; the enforcement case names the
 * complaint, its category and the remedy. A complaint against an unknown operator has no
 * one to enforce against: it ends with its decision.
 */
@Component
class UpheldComplaintEnforcement {

	private final EnforcementWorkflow enforcement;

	private final CaseTypeCatalogue caseTypes;

	UpheldComplaintEnforcement(EnforcementWorkflow enforcement, CaseTypeCatalogue caseTypes) {
		this.enforcement = enforcement;
		this.caseTypes = caseTypes;
	}

	@EventListener
	void upheld(ComplaintUpheld complaint) {
		if (complaint.respondentCompanyId() == null) {
			return;
		}
		LocalizedText category = this.caseTypes.nameOf(complaint.category())
			.orElse(LocalizedText.of(complaint.category(), complaint.category()));
		String violation = "ຄຳຮ້ອງທຸກ " + complaint.caseNumber() + " (" + category.lo()
				+ ") ໄດ້ຮັບການຢືນຢັນ / Complaint " + complaint.caseNumber() + " (" + category.en() + ") upheld"
				+ ((complaint.remedy() != null) ? ": " + complaint.remedy() : "");
		this.enforcement.open(Actor.system(), new EnforcementDraft(EnforcementOrigin.COMPLAINT, complaint.caseNumber(),
				complaint.authorityCode(), complaint.respondentCompanyId(), null, violation));
	}

}

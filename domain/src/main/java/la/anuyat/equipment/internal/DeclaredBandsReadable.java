package la.anuyat.equipment.internal;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.SubmissionRule;
import la.anuyat.equipment.EquipmentRules;
import la.anuyat.equipment.EquipmentService;

import org.springframework.stereotype.Component;

/**
 * A type-approval application is submitted only when every line of its bands reads as a
 * band with its power, so that the engineer's check never meets a line it cannot read.
 */
@Component
class DeclaredBandsReadable implements SubmissionRule {

	private final EquipmentRules rules;

	DeclaredBandsReadable(EquipmentRules rules) {
		this.rules = rules;
	}

	@Override
	public void check(CaseFile draft) {
		if (this.rules.approvesEquipment(draft.getCaseType())) {
			EquipmentService.declarationOf(draft);
		}
	}

}

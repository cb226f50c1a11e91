package la.anuyat.licence.internal;

import java.util.Optional;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ChecklistKinds;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A licence application answers to its type's checklist for its kind (new, renewal,
 * amendment). Reads the aggregate's table alone, because the case file service asks it
 * while it is itself being built.
 */
@Component
class ApplicationChecklistKinds implements ChecklistKinds {

	private final LicenceApplicationRepository applications;

	ApplicationChecklistKinds(LicenceApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> checklistKindOf(CaseFile caseFile) {
		return this.applications.findById(caseFile.getId()).map((application) -> application.getKind().decisionValue());
	}

}

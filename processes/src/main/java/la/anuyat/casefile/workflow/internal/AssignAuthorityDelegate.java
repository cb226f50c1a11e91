package la.anuyat.casefile.workflow.internal;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records on the case the authority that the routing decision chose.
 */
@Component("assignAuthorityDelegate")
class AssignAuthorityDelegate implements JavaDelegate {

	private final CaseFileService caseFiles;

	AssignAuthorityDelegate(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.caseFiles.assignAuthority(LicenceApplicationVariables.caseId(execution),
				LicenceApplicationVariables.authorityCode(execution));
	}

}

package la.anuyat.casefile.workflow.internal;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Clears the case's due date when the application ends, approved or rejected: a closed
 * case has no next step, and its last task's date would otherwise show as a deadline.
 */
@Component("caseClosedListener")
class CaseClosedListener implements ExecutionListener {

	private final CaseFileService caseFiles;

	CaseClosedListener(CaseFileService caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		this.caseFiles.setDue(LicenceApplicationVariables.caseId(execution), null);
	}

}

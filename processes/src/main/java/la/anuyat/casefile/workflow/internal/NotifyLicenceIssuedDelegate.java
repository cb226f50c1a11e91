package la.anuyat.casefile.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant's company that its licence was issued.
 */
@Component("notifyLicenceIssuedDelegate")
class NotifyLicenceIssuedDelegate implements JavaDelegate {

	private final ApplicantNotices notices;

	NotifyLicenceIssuedDelegate(ApplicantNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notices.licenceIssued(LicenceApplicationVariables.caseId(execution));
	}

}

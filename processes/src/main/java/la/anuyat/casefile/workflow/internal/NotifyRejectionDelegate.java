package la.anuyat.casefile.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the leadership's reasons for a rejection to the applicant's company.
 */
@Component("notifyRejectionDelegate")
class NotifyRejectionDelegate implements JavaDelegate {

	private final ApplicantNotices notices;

	NotifyRejectionDelegate(ApplicantNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notices.rejection(LicenceApplicationVariables.caseId(execution));
	}

}

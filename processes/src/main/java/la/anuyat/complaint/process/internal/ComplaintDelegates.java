package la.anuyat.complaint.process.internal;

import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.ComplaintService;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of complaint.bpmn, each one call of {@link ComplaintService}: read
 * the case id, call, write the moment a timer waits for.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintDelegates {

	/** The operator is asked; its task is due at the category's days, then the grace. */
	@Bean
	JavaDelegate requestComplaintResponseDelegate(ComplaintService complaints) {
		return (execution) -> {
			long caseId = ComplaintVariables.caseId(execution);
			execution.setVariable(ComplaintVariables.RESPONSE_DUE_AT,
					ComplaintVariables.date(complaints.requestResponse(caseId)));
			execution.setVariable(ComplaintVariables.RESPONSE_CLOSES_AT,
					ComplaintVariables.date(complaints.responseClosesAt(caseId)));
		};
	}

	@Bean
	JavaDelegate escalateOverdueComplaintResponseDelegate(ComplaintService complaints) {
		return (execution) -> complaints.responseOverdue(ComplaintVariables.caseId(execution));
	}

	@Bean
	JavaDelegate beginComplaintAssessmentDelegate(ComplaintService complaints) {
		return (execution) -> complaints.beginAssessment(ComplaintVariables.caseId(execution));
	}

	/**
	 * The review's decision goes into the complaint; the rating and reopen window opens.
	 */
	@Bean
	JavaDelegate recordComplaintDecisionDelegate(ComplaintService complaints) {
		return (execution) -> {
			long caseId = ComplaintVariables.caseId(execution);
			complaints.recordDecision(caseId);
			execution.setVariable(ComplaintVariables.WINDOW_CLOSES_AT,
					ComplaintVariables.date(complaints.ofCase(caseId).getWindowClosesAt()));
		};
	}

	/**
	 * The complainant and the operator are told the mediation meeting's date and place.
	 */
	@Bean
	JavaDelegate announceComplaintMediationDelegate(ComplaintMediations mediations) {
		return (execution) -> mediations.announce(ComplaintVariables.caseId(execution));
	}

	/** The recorded meeting becomes a signed record; the complaint goes to review. */
	@Bean
	JavaDelegate issueComplaintMediationRecordDelegate(ComplaintMediations mediations) {
		return (execution) -> mediations.issueRecord(ComplaintVariables.caseId(execution));
	}

	@Bean
	JavaDelegate closeComplaintDelegate(ComplaintService complaints) {
		return (execution) -> complaints.closeWindow(ComplaintVariables.caseId(execution));
	}

}

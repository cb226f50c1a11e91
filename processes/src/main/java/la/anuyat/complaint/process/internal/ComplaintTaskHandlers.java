package la.anuyat.complaint.process.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.Mediation;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What completing the complaint's own user tasks records: the triage, the operator's
 * response and the assessment. The review's study and decision are the shared handlers'.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintTaskHandlers {

	static final String TRIAGE = "userTask_triageComplaint";

	static final String RESPOND = "userTask_respondToComplaint";

	static final String ASSESS = "userTask_assessComplaint";

	static final String SCHEDULE_MEDIATION = "userTask_scheduleMediation";

	static final String RECORD_MEDIATION = "userTask_recordMediation";

	static final String ACCEPT = "accept";

	/** The assessment's outcome that sends the complaint to mediation first. */
	static final String MEDIATE = "mediate";

	static final String SCHEDULED = "scheduled";

	static final String RECORDED = "recorded";

	/**
	 * Accept (the operator, if one can answer, is asked next) or dismiss with reasons.
	 */
	@Bean
	TaskCompletionHandler triageComplaintHandler(ComplaintService complaints, CaseFileService caseFiles) {
		return handler(TRIAGE, (completion) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put(ComplaintVariables.TRIAGE, completion.outcome());
			if (ACCEPT.equals(completion.outcome())) {
				boolean canRespond = complaints.accept(completion.caseId(), completion.actor());
				CaseFile caseFile = caseFiles.caseById(completion.caseId());
				variables.put(ComplaintVariables.OPERATOR_CAN_RESPOND, canRespond);
				variables.put(ComplaintVariables.RESPONDENT_USERNAME, caseFile.getApplicantUsername());
			}
			else {
				complaints.dismiss(completion.caseId(), completion.actor(), completion.comment());
			}
			return variables;
		});
	}

	@Bean
	TaskCompletionHandler respondToComplaintHandler(ComplaintService complaints) {
		return handler(RESPOND, (completion) -> {
			complaints.respond(completion.caseId(), completion.actor(), completion.comment());
			return Map.of();
		});
	}

	@Bean
	TaskCompletionHandler assessComplaintHandler(ComplaintService complaints, ComplaintMediations mediations) {
		return handler(ASSESS, (completion) -> {
			if (MEDIATE.equals(completion.outcome())) {
				mediations.propose(completion.caseId(), completion.actor(), completion.comment());
			}
			else {
				complaints.assess(completion.caseId(), completion.actor(), completion.comment(), null);
			}
			return Map.of();
		});
	}

	/**
	 * Completing the scheduling needs a meeting scheduled (on the case page or the API).
	 */
	@Bean
	TaskCompletionHandler scheduleMediationHandler(ComplaintMediations mediations) {
		return handler(SCHEDULE_MEDIATION, (completion) -> {
			boolean scheduled = mediations.ofCase(completion.caseId())
				.filter((mediation) -> !mediation.isRecorded())
				.isPresent();
			if (!scheduled) {
				throw new ConflictException("complaint.mediationNotScheduled", LocalizedText.of("ກະລຸນານັດໄກ່ເກ່ຍກ່ອນ",
						"Schedule the meeting (date, place, participants) first"));
			}
			return Map.of();
		});
	}

	/** Completing the record needs the meeting recorded (on the case page or the API). */
	@Bean
	TaskCompletionHandler recordMediationHandler(ComplaintMediations mediations) {
		return handler(RECORD_MEDIATION, (completion) -> {
			boolean recorded = mediations.ofCase(completion.caseId()).filter(Mediation::isRecorded).isPresent();
			if (!recorded) {
				throw new ConflictException("complaint.mediationNotRecorded", LocalizedText
					.of("ກະລຸນາບັນທຶກການໄກ່ເກ່ຍກ່ອນ", "Record the meeting (who came, minutes, outcome) first"));
			}
			return Map.of();
		});
	}

	private static TaskCompletionHandler handler(String key,
			java.util.function.Function<TaskCompletion, Map<String, Object>> complete) {
		return new TaskCompletionHandler() {
			@Override
			public Set<String> taskKeys() {
				return Set.of(key);
			}

			@Override
			public Map<String, Object> complete(TaskCompletion completion) {
				return complete.apply(completion);
			}
		};
	}

}

package la.anuyat.casefile.workflow;

import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * An open user task as the inbox shows it.
 *
 * @param taskId the engine's task id, used to claim and complete it
 * @param taskKey the task's key in the model, e.g. {@code userTask_checkCompleteness}
 * @param name the task's name in Lao and English
 * @param caseNumber the case, e.g. {@code ICT-VTE-2026-000123}
 * @param caseId the case's id
 * @param caseType the licence type code, e.g. {@code ICT-SOFT}
 * @param authorityCode the authority handling the case
 * @param created when the task was created
 * @param due when the task is due (from the task-due-dates decision table), may be null
 * @param overdue whether the due date has passed
 * @param assignee who claimed the task (for information requests: the applicant), may be
 * null
 * @param outcomes the outcomes that complete this task
 * @param companyName the applying company's name in Lao and English
 * @param authorityName the handling authority's name in Lao and English
 * @param assigneeName the assignee's name in Lao and English (a staff member's full name,
 * the company's name for the applicant; the login name when neither is known), null when
 * nobody holds the task
 */
public record WorkItem(String taskId, String taskKey, LocalizedText name, String caseNumber, long caseId,
		String caseType, String authorityCode, LocalDateTime created, LocalDateTime due, boolean overdue,
		String assignee, List<String> outcomes, LocalizedText companyName, LocalizedText authorityName,
		LocalizedText assigneeName) {

	public WorkItem {
		outcomes = List.copyOf(outcomes);
	}

}

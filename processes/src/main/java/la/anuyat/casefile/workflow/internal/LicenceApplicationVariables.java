package la.anuyat.casefile.workflow.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import la.anuyat.casefile.CaseFile;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names and types of the process variables of the licence application and its call
 * activities, in one place. Variables hold IDs and flags only; everything else is read
 * from the case file, so the engine never holds a second, stale copy of the case.
 */
final class LicenceApplicationVariables {

	/** The case file's id (Long). */
	static final String CASE_ID = "caseId";

	/** Input of the routing and validity decisions: the licence type code. */
	static final String LICENCE_TYPE = "licenceType";

	/** Input of the routing decision: the province code where the business applies. */
	static final String PROVINCE = "province";

	/** Who answers information requests. */
	static final String APPLICANT_USERNAME = "applicantUsername";

	/** Result of the routing decision; also selects the candidate groups. */
	static final String AUTHORITY_CODE = "authorityCode";

	/** The outcome of the last completed user task. */
	static final String OUTCOME = "outcome";

	/** The leadership's decision: approve | reject; returned by review-and-decide. */
	static final String DECISION = "decision";

	/** Result of the validity decision. */
	static final String VALIDITY_MONTHS = "validityMonths";

	private LicenceApplicationVariables() {
	}

	static Map<String, Object> atStart(CaseFile caseFile) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, caseFile.getId());
		variables.put(LICENCE_TYPE, caseFile.getCaseType());
		variables.put(PROVINCE, caseFile.getProvinceCode());
		variables.put(APPLICANT_USERNAME, caseFile.getApplicantUsername());
		return variables;
	}

	static Map<String, Object> onCompletion(String outcome, boolean isDecision) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(OUTCOME, outcome);
		if (isDecision) {
			variables.put(DECISION, outcome);
		}
		return variables;
	}

	static long caseId(VariableScope scope) {
		return ((Number) required(scope, CASE_ID)).longValue();
	}

	static long caseIdOfTask(TaskService tasks, String taskId) {
		Object value = tasks.getVariable(taskId, CASE_ID);
		if (value == null) {
			throw new IllegalStateException("Task " + taskId + " has no " + CASE_ID + " variable");
		}
		return ((Number) value).longValue();
	}

	/**
	 * The case ids of many process instances in one query, for inbox lists.
	 */
	static Map<String, Long> caseIdsByProcessInstance(RuntimeService runtime, Collection<String> processInstanceIds) {
		Map<String, Long> caseIds = new HashMap<>();
		if (processInstanceIds.isEmpty()) {
			return caseIds;
		}
		runtime.createVariableInstanceQuery()
			.processInstanceIdIn(processInstanceIds.toArray(String[]::new))
			.variableName(CASE_ID)
			.list()
			.forEach((variable) -> caseIds.putIfAbsent(variable.getProcessInstanceId(),
					((Number) variable.getValue()).longValue()));
		return caseIds;
	}

	static String authorityCode(VariableScope scope) {
		return (String) required(scope, AUTHORITY_CODE);
	}

	static int validityMonths(VariableScope scope) {
		return ((Number) required(scope, VALIDITY_MONTHS)).intValue();
	}

	private static Object required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value;
	}

}

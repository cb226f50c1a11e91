package la.anuyat.casefile.workflow.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import la.anuyat.casefile.CaseFile;

import org.camunda.bpm.engine.RuntimeService;
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

	/**
	 * Input of the validity decision: the section that handles the licence type (from the
	 * catalogue), so that its rules can speak of a section's licences as a whole.
	 */
	static final String SECTION = "section";

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

	/**
	 * Who studied the case (user name), set on the review when the study is completed:
	 * the inbox does not offer that person the decision (four-eyes).
	 */
	static final String STUDIED_BY = "studiedBy";

	/**
	 * Which officer (user name) asked the applicant for information: the completeness
	 * check goes back to them once the applicant has answered.
	 */
	static final String INFORMATION_REQUESTED_BY = "informationRequestedBy";

	private LicenceApplicationVariables() {
	}

	static Map<String, Object> atStart(CaseFile caseFile, String section) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, caseFile.getId());
		variables.put(LICENCE_TYPE, caseFile.getCaseType());
		variables.put(SECTION, section);
		variables.put(PROVINCE, caseFile.getProvinceCode());
		variables.put(APPLICANT_USERNAME, caseFile.getApplicantUsername());
		return variables;
	}

	static long caseId(VariableScope scope) {
		return ((Number) required(scope, CASE_ID)).longValue();
	}

	/**
	 * The case of a task's process instance; empty when the instance has ended meanwhile
	 * (a colleague completed the task between two reads), which is no error.
	 */
	static Optional<Long> caseIdOfProcessInstance(RuntimeService runtime, String processInstanceId) {
		return Optional
			.ofNullable(caseIdsByProcessInstance(runtime, List.of(processInstanceId)).get(processInstanceId));
	}

	static Optional<String> informationRequestedBy(VariableScope scope) {
		return Optional.ofNullable((String) scope.getVariable(INFORMATION_REQUESTED_BY));
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

	private static Object required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value;
	}

}

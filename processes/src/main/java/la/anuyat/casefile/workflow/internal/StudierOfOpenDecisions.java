package la.anuyat.casefile.workflow.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseSummaries;
import la.anuyat.casefile.CaseSummary;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open decisions whose study was completed before the review recorded its studier as a
 * process variable get it from the case on start-up; without it the four-eyes filter of
 * the inbox would offer such a decision to nobody.
 */
@Component
class StudierOfOpenDecisions {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final CaseSummaries summaries;

	private final UserTaskDefinitions definitions;

	StudierOfOpenDecisions(TaskService tasks, RuntimeService runtime, CaseSummaries summaries,
			UserTaskDefinitions definitions) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.summaries = summaries;
		this.definitions = definitions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void recordMissingStudiers() {
		List<String> decisionKeys = this.definitions.decisionKeys();
		if (decisionKeys.isEmpty()) {
			return;
		}
		List<String> instances = this.tasks.createTaskQuery()
			.taskDefinitionKeyIn(decisionKeys.toArray(String[]::new))
			.list()
			.stream()
			.map(Task::getProcessInstanceId)
			.distinct()
			.toList();
		if (instances.isEmpty()) {
			return;
		}
		Set<String> recorded = new HashSet<>();
		this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.variableName(LicenceApplicationVariables.STUDIED_BY)
			.list()
			.stream()
			.map(VariableInstance::getProcessInstanceId)
			.forEach(recorded::add);
		List<String> missing = instances.stream().filter((id) -> !recorded.contains(id)).toList();
		if (missing.isEmpty()) {
			return;
		}
		Map<String, Long> caseIds = LicenceApplicationVariables.caseIdsByProcessInstance(this.runtime, missing);
		Map<Long, CaseSummary> cases = this.summaries.byIds(caseIds.values());
		caseIds.forEach((instance, caseId) -> {
			CaseSummary summary = cases.get(caseId);
			if (summary != null && summary.studiedBy() != null) {
				this.runtime.setVariable(instance, LicenceApplicationVariables.STUDIED_BY, summary.studiedBy());
			}
		});
	}

}

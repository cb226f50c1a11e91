package la.anuyat.casefile.workflow.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work begun before tasks went to authority + section + role gets its section on
 * start-up: the process instances learn the section of their licence type (the review
 * they call needs it for its candidate groups), and their open tasks move from the
 * authority-wide group {@code section-officer:<authority>} to the section's group.
 * Without this, a study created later would fail on the missing variable and an open
 * check would be offered to nobody.
 */
@Component
class SectionOfOpenWork {

	private static final Logger log = LoggerFactory.getLogger(SectionOfOpenWork.class);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final CaseFileService caseFiles;

	SectionOfOpenWork(RuntimeService runtime, TaskService tasks, CaseFileService caseFiles) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.caseFiles = caseFiles;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void giveOpenWorkItsSection() {
		// Two bulk reads: the process instances of cases, and those that know their
		// section. Only the difference (work from before sections) is touched, so a
		// start-up
		// after the move costs these two queries and nothing per case.
		Map<String, Long> caseIds = new HashMap<>();
		this.runtime.createVariableInstanceQuery()
			.variableName(LicenceApplicationVariables.CASE_ID)
			.list()
			.forEach((variable) -> caseIds.putIfAbsent(variable.getProcessInstanceId(),
					((Number) variable.getValue()).longValue()));
		Set<String> withSection = new HashSet<>();
		this.runtime.createVariableInstanceQuery()
			.variableName(LicenceApplicationVariables.SECTION)
			.list()
			.forEach((variable) -> withSection.add(variable.getProcessInstanceId()));
		int instances = 0;
		int moved = 0;
		for (Map.Entry<String, Long> entry : caseIds.entrySet()) {
			if (withSection.contains(entry.getKey())) {
				continue;
			}
			String section = this.caseFiles.sectionOf(this.caseFiles.caseById(entry.getValue()));
			this.runtime.setVariable(entry.getKey(), LicenceApplicationVariables.SECTION, section);
			instances++;
			moved += moveTasks(entry.getKey(), section);
		}
		if (instances > 0) {
			log.info("Sections given to {} open process instances and {} open tasks from before sections", instances,
					moved);
		}
	}

	private int moveTasks(String processInstanceId, String section) {
		int moved = 0;
		for (Task task : this.tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
			for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
				String group = link.getGroupId();
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null
						&& group.startsWith("section-officer:") && group.split(":").length == 2) {
					this.tasks.deleteCandidateGroup(task.getId(), group);
					this.tasks.addCandidateGroup(task.getId(),
							CandidateGroups.sectionOfficers(CandidateGroups.authorityOf(group), section));
					moved++;
				}
			}
		}
		return moved;
	}

}

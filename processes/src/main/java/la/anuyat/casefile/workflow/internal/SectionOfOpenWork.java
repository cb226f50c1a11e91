package la.anuyat.casefile.workflow.internal;

import java.util.List;
import java.util.Map;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
		int instances = 0;
		int moved = 0;
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery().active().list()) {
			Map<String, Object> variables = this.runtime.getVariables(instance.getId(),
					List.of(LicenceApplicationVariables.CASE_ID, LicenceApplicationVariables.SECTION));
			Object caseId = variables.get(LicenceApplicationVariables.CASE_ID);
			if (!(caseId instanceof Number number)) {
				continue;
			}
			String section = (String) variables.get(LicenceApplicationVariables.SECTION);
			if (section == null) {
				CaseFile caseFile = this.caseFiles.caseById(number.longValue());
				section = this.caseFiles.sectionOf(caseFile);
				this.runtime.setVariable(instance.getId(), LicenceApplicationVariables.SECTION, section);
				instances++;
			}
			moved += moveTasks(instance.getId(), section);
		}
		if (instances > 0 || moved > 0) {
			log.info("Sections given to {} open cases and {} open tasks from before sections", instances, moved);
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

package la.anuyat.casefile.workflow.internal;

import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open check from before sections (no section variable, the authority-wide group) gets
 * its licence type's section at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SectionOfOpenWorkTest {

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private SectionOfOpenWork sectionOfOpenWork;

	@Test
	void movesAnOpenTaskFromBeforeSectionsToTheSectionOfItsLicenceType() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile submitted = this.workflow.submit(applicant,
				this.fixtures.draft(applicant, "ICT-SOFT", "VTE").getCaseNumber());
		Task check = this.tasks.createTaskQuery().processInstanceBusinessKey(submitted.getCaseNumber()).singleResult();
		// as it was before sections
		this.runtime.removeVariable(check.getProcessInstanceId(), LicenceApplicationVariables.SECTION);
		this.tasks.deleteCandidateGroup(check.getId(), "section-officer:VTE:TECH");
		this.tasks.addCandidateGroup(check.getId(), "section-officer:VTE");

		this.sectionOfOpenWork.giveOpenWorkItsSection();

		assertThat(this.tasks.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId)
			.contains("section-officer:VTE:TECH")
			.doesNotContain("section-officer:VTE");
		assertThat(this.runtime.getVariable(check.getProcessInstanceId(), LicenceApplicationVariables.SECTION))
			.isEqualTo("TECH");
	}

}

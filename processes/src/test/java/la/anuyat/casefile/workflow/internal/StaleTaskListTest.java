package la.anuyat.casefile.workflow.internal;

import java.util.List;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.party.PartyService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;
import la.anuyat.party.SignUp;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox race under load, made deterministic: the tasks are listed, a colleague
 * completes one and its process instance moves on or ends, and only then are the listed
 * tasks read into work items. The gone task is left out; nothing fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class StaleTaskListTest {

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private PartyService parties;

	@Autowired
	private AuthorityService authorities;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private PaymentService payments;

	@Test
	void leavesOutATaskWhoseProcessEndedBetweenListingAndReading() {
		Actor officer = staff("officer.vte", Role.SECTION_OFFICER);
		Actor leader = staff("leader.vte", Role.LEADERSHIP);
		Actor deputy = staff("deputy.vte", Role.LEADERSHIP);
		Actor applicant = this.parties
			.createConfirmedApplicant(new SignUp("stale.applicant", "{noop}demo", "stale@company.example.la",
					"ບໍລິສັດ ທົດລອງ", "Stale Test Co.", "ENT-STALE", "TAX-STALE", "VTE", "Ban Phonxay", "Contact",
					"+856 20 5555 0000"))
			.toActor();
		CaseFile draft = this.fixtures.draft(applicant, "ICT-SOFT", "VTE");
		CaseFile submitted = this.workflow.submit(applicant, draft.getCaseNumber());
		this.workflow.complete(officer, onlyTask(submitted).getId(), "complete", null);
		this.workflow.complete(officer, onlyTask(submitted).getId(), "recommend-approve", "Fine.");
		List<Task> listed = List.of(onlyTask(submitted));

		this.workflow.complete(deputy, listed.get(0).getId(), "approve", "Approved.");
		Invoice invoice = this.payments.invoiceOfCase(applicant, submitted.getCaseNumber()).orElseThrow();
		this.payments.recordProviderPayment(new ProviderPayment("TX-stale", invoice.getPaymentReference(),
				invoice.getAmountKip(), java.time.Instant.now()));

		assertThat(
				this.runtime.createProcessInstanceQuery().processInstanceId(submitted.getProcessInstanceId()).count())
			.as("the case's process has ended")
			.isZero();
		List<WorkItem> items = AopTestUtils.<CamundaCaseWorkflow>getTargetObject(this.workflow).toWorkItems(listed);
		assertThat(items).isEmpty();
		assertThat(this.workflow.tasksFor(leader)).extracting(WorkItem::caseNumber)
			.doesNotContain(submitted.getCaseNumber());
	}

	private Task onlyTask(CaseFile caseFile) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(caseFile.getCaseNumber()).singleResult();
	}

	private Actor staff(String username, Role role) {
		return this.authorities.staffByUsername(username)
			.orElseGet(
					() -> this.authorities.createStaff(username, "{noop}demo", role, "VTE", username, username, null))
			.toActor();
	}

}

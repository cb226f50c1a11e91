package la.anuyat.casefile.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.Delegation;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Written delegation: once a department's head is on record, the decisions that
 * {@code decision-reserved-to-head.dmn} reserves to the head (licences, by default) are
 * taken by the head, or by a deputy under a written delegation in force that covers them;
 * an expired or ended delegation, or one for other decisions, no longer lets the deputy
 * decide. Runs in Luang Prabang, whose head no other test appoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class DecisionReservedToHeadTest {

	private static final String DECIDE = "userTask_decideApplication";

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private AuthorityService authorities;

	@Autowired
	private CaseFileService caseFiles;

	@Test
	void aDeputyDecidesALicenceOnlyUnderAWrittenDelegationInForceThatCoversIt() {
		Actor head = this.fixtures.leaderLpb();
		Actor deputy = this.fixtures.deputyLpb();
		this.authorities.appointHead(this.fixtures.administrator(), head.username());
		CaseFile studied = studiedCase();
		LocalDate today = LocalDate.now();

		assertRefused(deputy, studied);

		// a delegation that ended yesterday, and one for sanctions only, do not cover it
		this.authorities.recordDelegation(head, deputy.username(), today.minusDays(10), today.minusDays(1),
				"DTC-LPB 031/expired", Set.of(Delegation.ALL), null);
		this.authorities.recordDelegation(head, deputy.username(), today, today.plusDays(5), "DTC-LPB 032/sanctions",
				Set.of("SANCTION"), null);
		assertRefused(deputy, studied);

		Delegation inForce = this.authorities.recordDelegation(head, deputy.username(), today, today.plusDays(14),
				"DTC-LPB 033/licences", Set.of("LICENCE"), null);
		this.workflow.complete(deputy, decisionTask(deputy, studied), "approve", "Approved as acting head.");
		CaseFile decided = this.caseFiles.caseById(studied.getId());
		assertThat(decided.getStatus()).as("decided; the fee comes next").isEqualTo(CaseStatus.AWAITING_PAYMENT);
		assertThat(decided.getDecidedBy()).isEqualTo(deputy.username());
		assertThat(decided.getReview().getDecidedUnder()).as("the delegation that covers licences")
			.isEqualTo("DTC-LPB 033/licences");

		// the head ends it on coming back: from today the deputy no longer decides
		this.authorities.endDelegation(head, inForce.getId());
		CaseFile next = studiedCase();
		assertRefused(deputy, next);
		this.workflow.complete(head, decisionTask(head, next), "approve", "Approved by the head.");
		assertThat(this.caseFiles.caseById(next.getId()).getStatus()).isEqualTo(CaseStatus.AWAITING_PAYMENT);
		assertThat(this.authorities.delegationsOf(head, "LPB")).extracting(Delegation::getReference)
			.contains("DTC-LPB 031/expired", "DTC-LPB 032/sanctions", "DTC-LPB 033/licences");
	}

	@Test
	void onlyTheHeadDelegatesAndOnlyToADeputyOfTheLeadership() {
		Actor head = this.fixtures.leaderLpb();
		Actor deputy = this.fixtures.deputyLpb();
		this.authorities.appointHead(this.fixtures.administrator(), head.username());
		LocalDate today = LocalDate.now();
		assertThatThrownBy(() -> this.authorities.recordDelegation(deputy, head.username(), today, today.plusDays(3),
				"DTC-LPB 040", Set.of(Delegation.ALL), null))
			.isInstanceOfSatisfying(ForbiddenException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("delegation.notHead"));
		assertThatThrownBy(() -> this.authorities.recordDelegation(head, this.fixtures.officerLpb().username(), today,
				today.plusDays(3), "DTC-LPB 041", Set.of(Delegation.ALL), null))
			.hasMessageContaining("delegation");
	}

	private void assertRefused(Actor deputy, CaseFile studied) {
		String task = decisionTask(deputy, studied);
		assertThatThrownBy(() -> this.workflow.complete(deputy, task, "approve", "Approved."))
			.isInstanceOfSatisfying(ForbiddenException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("decision.reservedToHead");
				assertThat(ex.text().en()).contains("head", "written delegation");
				assertThat(ex.text().lo()).contains("ຫົວໜ້າ");
			});
		assertThat(this.caseFiles.caseById(studied.getId()).getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	private CaseFile studiedCase() {
		Actor applicant = this.fixtures.newApplicant("LPB");
		Actor officer = this.fixtures.officerLpb();
		CaseFile draft = this.fixtures.draft(applicant, "ICT-SOFT", "LPB");
		CaseFile submitted = this.workflow.submit(applicant, draft.getCaseNumber());
		this.workflow.complete(officer, task(officer, submitted, "userTask_checkCompleteness"), "complete", null);
		this.workflow.complete(officer, task(officer, submitted, "userTask_studyApplication"), "recommend-approve",
				"Meets the requirements.");
		return submitted;
	}

	private String decisionTask(Actor actor, CaseFile caseFile) {
		return task(actor, caseFile, DECIDE);
	}

	private String task(Actor actor, CaseFile caseFile, String taskKey) {
		List<WorkItem> tasks = this.workflow.tasksOfCase(actor, caseFile.getCaseNumber());
		return tasks.stream()
			.filter((task) -> task.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					taskKey + " of " + caseFile.getCaseNumber() + " not offered to " + actor.username() + ": " + tasks))
			.taskId();
	}

}

package la.anuyat.casefile.workflow.internal;

import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the applicant has answered an information request, the completeness check goes
 * back to the officer who asked: they know what they asked for. It stays with the whole
 * section when that officer no longer works there in a role that checks (moved, left,
 * another role), and the holder can always release it or the leadership reassign it.
 */
@Component("returnToAskerListener")
class ReturnToAskerListener implements TaskListener {

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final CandidateGroups candidateGroups;

	ReturnToAskerListener(AuthorityService authorities, AuditTrail audit, CandidateGroups candidateGroups) {
		this.candidateGroups = candidateGroups;
		this.authorities = authorities;
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		String asker = LicenceApplicationVariables.informationRequestedBy(task).orElse(null);
		if (asker == null || task.getAssignee() != null) {
			return;
		}
		String authorityCode = LicenceApplicationVariables.authorityCode(task);
		StaffMember officer = this.authorities.staffByUsername(asker).orElse(null);
		if (officer == null || !authorityCode.equals(officer.getAuthorityCode())) {
			return;
		}
		List<String> groups = this.candidateGroups.of(officer.toActor());
		boolean checks = task.getCandidates()
			.stream()
			.anyMatch((link) -> link.getGroupId() != null && groups.contains(link.getGroupId()));
		if (!checks) {
			return;
		}
		task.setAssignee(asker);
		this.audit.record(Actor.system().username(), "task.returnedToAsker", "case",
				task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey() + ": " + asker, null);
	}

}

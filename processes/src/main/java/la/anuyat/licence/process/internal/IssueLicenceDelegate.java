package la.anuyat.licence.process.internal;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceChanges;
import la.anuyat.licence.LicenceService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the licence of an approved case, with its signed certificate, for the validity
 * the validity decision chose; or, for a renewal or an amendment, renews or amends the
 * licence it is about. The licence and its audit entry name the leader who decided (and
 * the delegation they acted under), not the engine: the decider is read from the case,
 * where the decision was recorded.
 */
@Component("issueLicenceDelegate")
class IssueLicenceDelegate implements JavaDelegate {

	private final LicenceService licences;

	private final LicenceChanges changes;

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final LicenceApplications applications;

	IssueLicenceDelegate(LicenceService licences, LicenceChanges changes, CaseFileService caseFiles,
			AuthorityService authorities, LicenceApplications applications) {
		this.applications = applications;
		this.licences = licences;
		this.changes = changes;
		this.caseFiles = caseFiles;
		this.authorities = authorities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long caseId = LifecycleVariables.caseId(execution);
		// a renewal and an amendment change the licence they are about; a new
		// application issues one
		switch (this.applications.kindOf(this.caseFiles.caseById(caseId))) {
			case RENEWAL -> this.changes.renew(caseId, LifecycleVariables.validityMonths(execution), decider(caseId));
			case AMENDMENT -> this.changes.amend(caseId, decider(caseId));
			case NEW -> this.licences.issue(caseId, LifecycleVariables.validityMonths(execution), decider(caseId));
		}
	}

	private Actor decider(long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		if (caseFile.getDecidedBy() == null) {
			return Actor.system();
		}
		return this.authorities.staffByUsername(caseFile.getDecidedBy())
			.map(StaffMember::toActor)
			.orElse(Actor.system());
	}

}

package la.anuyat.enforcement.process.internal;

import java.util.Map;
import java.util.Set;

import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.TaskCompletion;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The warning step: done once the warning is issued (through the enforcement API), or
 * skipped with the officer's reasons in the history.
 */
@Component
class WarningHandler implements TaskCompletionHandler {

	static final String WARNED = "warned";

	private final Enforcements enforcements;

	private final CaseFileService caseFiles;

	WarningHandler(Enforcements enforcements, CaseFileService caseFiles) {
		this.enforcements = enforcements;
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(EnforcementVariables.WARNING_TASK);
	}

	@Override
	public Map<String, Object> complete(TaskCompletion completion) {
		if (WARNED.equals(completion.outcome())) {
			if (!this.enforcements.byId(completion.caseId()).isWarned()) {
				throw new ConflictException("enforcement.warningMissing",
						LocalizedText.of("ກະລຸນາຂຽນໜັງສືເຕືອນກ່ອນ", "Write the warning first"));
			}
			return Map.of();
		}
		this.caseFiles.recordHistory(
				completion.caseId(), completion.actor(), "enforcement.warningSkipped", LocalizedText
					.of("ບໍ່ອອກໜັງສືເຕືອນ: " + completion.comment(), "No warning issued: " + completion.comment()),
				completion.comment());
		return Map.of();
	}

}

package la.anuyat.enforcement.process.internal;

import java.util.Map;
import java.util.function.Supplier;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.enforcement.MeasureProposal;
import la.anuyat.enforcement.SeizedItemStatus;
import la.anuyat.enforcement.WrittenRecord;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EnforcementWorkflow} on Camunda 7: each method is one transaction shared by the
 * domain and the engine, so a refusal leaves neither half-done.
 */
@Service
@Transactional
class CamundaEnforcementWorkflow implements EnforcementWorkflow {

	private final Enforcements enforcements;

	private final CaseFileService caseFiles;

	private final CaseWorkflow workflow;

	private final RuntimeService runtime;

	CamundaEnforcementWorkflow(Enforcements enforcements, CaseFileService caseFiles, CaseWorkflow workflow,
			RuntimeService runtime) {
		this.enforcements = enforcements;
		this.caseFiles = caseFiles;
		this.workflow = workflow;
		this.runtime = runtime;
	}

	@Override
	public EnforcementCase open(Actor opener, EnforcementDraft draft) {
		EnforcementCase enforcement = this.enforcements.open(opener, draft);
		start(enforcement);
		return enforcement;
	}

	/** Starts the process of a case just opened (also a repeat case, from a delegate). */
	void start(EnforcementCase enforcement) {
		CaseFile caseFile = this.caseFiles.caseById(enforcement.getCaseId().value());
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(EnforcementVariables.PROCESS_KEY,
				caseFile.getCaseNumber(),
				Map.of(EnforcementVariables.CASE_ID, caseFile.getId(), EnforcementVariables.AUTHORITY_CODE,
						caseFile.getAuthorityCode(), EnforcementVariables.SECTION, this.caseFiles.sectionOf(caseFile)));
		this.caseFiles.setProcessInstance(caseFile.getId(), instance.getId());
	}

	@Override
	public EnforcementCase warn(Actor officer, String caseNumber, String text) {
		return step(officer, caseNumber, EnforcementVariables.WARNING_TASK, WarningHandler.WARNED,
				() -> this.enforcements.warn(officer, caseNumber, text));
	}

	@Override
	public EnforcementCase record(Actor officer, String caseNumber, WrittenRecord record) {
		return step(officer, caseNumber, EnforcementVariables.RECORD_TASK, StepHandlers.RECORDED,
				() -> this.enforcements.record(officer, caseNumber, record));
	}

	@Override
	public EnforcementCase propose(Actor officer, String caseNumber, MeasureProposal proposal) {
		return step(officer, caseNumber, EnforcementVariables.PROPOSE_TASK, StepHandlers.PROPOSED,
				() -> this.enforcements.propose(officer, caseNumber, proposal));
	}

	/** Records a step's content while its task is open, then completes the task. */
	private EnforcementCase step(Actor officer, String caseNumber, String taskKey, String outcome,
			Supplier<EnforcementCase> record) {
		String taskId = openTask(officer, caseNumber, taskKey);
		EnforcementCase enforcement = record.get();
		this.workflow.complete(officer, taskId, outcome, null);
		return enforcement;
	}

	@Override
	public EnforcementCase dispose(Actor officer, String caseNumber, long itemId, SeizedItemStatus outcome,
			String note) {
		String taskId = openTask(officer, caseNumber, EnforcementVariables.SEIZURE_TASK);
		EnforcementCase enforcement = this.enforcements.dispose(officer, caseNumber, itemId, outcome, note);
		if (enforcement.seizureSettled()) {
			this.workflow.complete(officer, taskId, StepHandlers.SETTLED, null);
		}
		return enforcement;
	}

	/**
	 * The case's open task of this step, which the officer may work on; a step that is
	 * not (or no longer) open is refused, so nothing is recorded out of order.
	 */
	private String openTask(Actor officer, String caseNumber, String taskKey) {
		this.enforcements.enforcement(officer, caseNumber);
		return this.workflow.tasksOfCase(officer, caseNumber)
			.stream()
			.filter((task) -> taskKey.equals(task.taskKey()))
			.map(WorkItem::taskId)
			.findFirst()
			.orElseThrow(() -> new ConflictException("enforcement.notThisStep", LocalizedText
				.of("ຄະດີ " + caseNumber + " ບໍ່ໄດ້ຢູ່ໃນຂັ້ນຕອນນີ້", "Case " + caseNumber + " is not at this step")));
	}

}

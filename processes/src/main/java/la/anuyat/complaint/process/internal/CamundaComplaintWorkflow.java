package la.anuyat.complaint.process.internal;

import java.util.Map;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.complaint.Complaint;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.Mediation;
import la.anuyat.complaint.MediationMinutes;
import la.anuyat.complaint.MediationSchedule;
import la.anuyat.complaint.ComplaintRules;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ComplaintWorkflow} on Camunda 7.
 */
@Service
@Transactional
class CamundaComplaintWorkflow implements ComplaintWorkflow {

	private final ComplaintService complaints;

	private final ComplaintRules rules;

	private final CaseFileService caseFiles;

	private final RuntimeService runtime;

	private final ComplaintMediations mediations;

	private final CaseWorkflow workflow;

	CamundaComplaintWorkflow(ComplaintService complaints, ComplaintRules rules, CaseFileService caseFiles,
			RuntimeService runtime, ComplaintMediations mediations, CaseWorkflow workflow) {
		this.mediations = mediations;
		this.workflow = workflow;
		this.complaints = complaints;
		this.rules = rules;
		this.caseFiles = caseFiles;
		this.runtime = runtime;
	}

	@Override
	public Filed file(Actor by, ComplaintIntake intake) {
		Complaint complaint = this.complaints.file(by, intake);
		CaseFile caseFile = this.caseFiles.caseById(complaint.getCaseId().value());
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(this.caseFiles.processKeyOf(caseFile),
				caseFile.getCaseNumber(),
				Map.of(ComplaintVariables.CASE_ID, caseFile.getId(), ComplaintVariables.AUTHORITY,
						caseFile.getAuthorityCode(), ComplaintVariables.SECTION,
						this.rules.of(complaint.getCategory()).section()));
		this.caseFiles.setProcessInstance(caseFile.getId(), instance.getId());
		return new Filed(caseFile.getCaseNumber(), complaint.getTrackingCode());
	}

	@Override
	public void reopen(String trackingCode, String reason) {
		long caseId = this.complaints.reopen(trackingCode, reason);
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		try {
			this.runtime.createMessageCorrelation(REOPENED)
				.processInstanceBusinessKey(caseFile.getCaseNumber())
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new ConflictException("complaint.windowClosed",
					LocalizedText.of("ໝົດເວລາຂໍເປີດຄືນຄຳຮ້ອງທຸກນີ້ແລ້ວ", "This complaint can no longer be reopened"));
		}
	}

	@Override
	public Mediation scheduleMediation(Actor officer, String caseNumber, MediationSchedule schedule) {
		CaseFile caseFile = this.caseFiles.caseByNumber(officer, caseNumber);
		String taskId = openTask(officer, caseFile, ComplaintTaskHandlers.SCHEDULE_MEDIATION);
		Mediation mediation = this.mediations.schedule(officer, caseFile.getId(), schedule);
		this.workflow.complete(officer, taskId, ComplaintTaskHandlers.SCHEDULED, null);
		return mediation;
	}

	@Override
	public Mediation recordMediation(Actor officer, String caseNumber, MediationMinutes minutes) {
		CaseFile caseFile = this.caseFiles.caseByNumber(officer, caseNumber);
		String taskId = openTask(officer, caseFile, ComplaintTaskHandlers.RECORD_MEDIATION);
		Mediation mediation = this.mediations.record(officer, caseFile.getId(), minutes);
		this.workflow.complete(officer, taskId, ComplaintTaskHandlers.RECORDED, null);
		return this.mediations.ofCase(caseFile.getId()).orElse(mediation);
	}

	/**
	 * The case's open task of this step, which the officer may work on; a step that is
	 * not (or no longer) open is refused, so nothing is recorded out of order.
	 * Jurisdiction comes first: the operator's own account sees the case but may not act
	 * on it.
	 */
	private String openTask(Actor officer, CaseFile caseFile, String taskKey) {
		this.complaints.requireJurisdiction(officer, caseFile.getId());
		return this.workflow.tasksOfCase(officer, caseFile.getCaseNumber())
			.stream()
			.filter((task) -> taskKey.equals(task.taskKey()))
			.map(WorkItem::taskId)
			.findFirst()
			.orElseThrow(() -> new ConflictException("complaint.notThisStep",
					LocalizedText.of("ຄຳຮ້ອງທຸກ " + caseFile.getCaseNumber() + " ບໍ່ໄດ້ຢູ່ໃນຂັ້ນຕອນນີ້",
							"Complaint " + caseFile.getCaseNumber() + " is not at this step")));
	}

}

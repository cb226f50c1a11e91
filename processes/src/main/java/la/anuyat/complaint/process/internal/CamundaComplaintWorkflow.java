package la.anuyat.complaint.process.internal;

import java.util.Map;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.ComplaintIntake;
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

	CamundaComplaintWorkflow(ComplaintService complaints, ComplaintRules rules, CaseFileService caseFiles,
			RuntimeService runtime) {
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

}

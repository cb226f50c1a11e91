package la.anuyat.inspection.process.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.inspection.FieldReport;
import la.anuyat.inspection.FieldReportReceived;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.InspectionCase;
import la.anuyat.inspection.InspectionCases;
import la.anuyat.inspection.TypeApprovedEquipment;
import la.anuyat.inspection.checklist.ChecklistFindings;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.licence.CertificateRow;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a new field report into an inspection case, in the transaction that stored the
 * report: its failed checks and every model found that the equipment register does not
 * list as type-approved (named, with its manufacturer) are the violations to review, and
 * the case's process starts.
 */
@Component
class FieldReportFindings {

	static final String PROCESS_KEY = "inspection-findings";

	private final FieldReports reports;

	private final InspectionChecklists checklists;

	private final InspectionCases inspections;

	private final CaseFileService caseFiles;

	private final ObjectProvider<TypeApprovedEquipment> register;

	private final RuntimeService runtime;

	FieldReportFindings(FieldReports reports, InspectionChecklists checklists, InspectionCases inspections,
			CaseFileService caseFiles, ObjectProvider<TypeApprovedEquipment> register, RuntimeService runtime) {
		this.reports = reports;
		this.checklists = checklists;
		this.inspections = inspections;
		this.caseFiles = caseFiles;
		this.register = register;
		this.runtime = runtime;
	}

	@EventListener
	void received(FieldReportReceived event) {
		FieldReport report = this.reports.reportById(event.reportId()).orElseThrow();
		ChecklistFindings findings = this.checklists.findingsOf(report.getSubmissionXml());
		List<LocalizedText> violations = new ArrayList<>(findings.failedChecks());
		TypeApprovedEquipment approvals = this.register.getIfAvailable();
		if (approvals != null) {
			for (ChecklistFindings.EquipmentFound found : findings.equipment()) {
				if (!approvals.isApproved(found.manufacturer(), found.model())) {
					String maker = (found.manufacturer() != null) ? " (" + found.manufacturer() + ")" : "";
					violations.add(LocalizedText.of("ອຸປະກອນບໍ່ໄດ້ຮັບການຢັ້ງຢືນ: " + found.model() + maker,
							"Equipment without type approval: " + found.model() + maker));
				}
			}
		}
		List<CertificateRow> answers = findings.answers()
			.stream()
			.map((answer) -> new CertificateRow(answer.question().lo(), answer.question().en(), answer.answer().lo(),
					answer.answer().lo().equals(answer.answer().en()) ? null : answer.answer().en()))
			.toList();
		Optional<InspectionCase> opened = this.inspections.open(report, findings.licenceNumber(), violations,
				findings.notes(), answers);
		opened.ifPresent(this::start);
	}

	private void start(InspectionCase inspection) {
		CaseFile caseFile = this.caseFiles.caseById(inspection.getCaseId().value());
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS_KEY, caseFile.getCaseNumber(),
				Map.of("caseId", caseFile.getId(), "authorityCode", caseFile.getAuthorityCode(), "section",
						this.caseFiles.sectionOf(caseFile), "hasViolations", !inspection.isClean()));
		this.caseFiles.setProcessInstance(caseFile.getId(), instance.getId());
	}

}

package la.anuyat.licence.process.internal;

import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceLifecycle;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link LicenceLifecycleWorkflow} on Camunda 7: each method is one transaction shared by
 * the domain and the engine, so a refusal leaves neither half-done.
 */
@Service
@Transactional
class CamundaLicenceLifecycleWorkflow implements LicenceLifecycleWorkflow {

	private final LicenceLifecycle lifecycle;

	private final LicenceService licences;

	private final CaseFileService caseFiles;

	private final RuntimeService runtime;

	CamundaLicenceLifecycleWorkflow(LicenceLifecycle lifecycle, LicenceService licences, CaseFileService caseFiles,
			RuntimeService runtime) {
		this.lifecycle = lifecycle;
		this.licences = licences;
		this.caseFiles = caseFiles;
		this.runtime = runtime;
	}

	@Override
	public LicenceMeasure proposeSanction(Actor officer, String licenceNumber, SanctionDraft draft) {
		return start(this.lifecycle.proposeSanction(officer, licenceNumber, draft));
	}

	@Override
	public LicenceMeasure requestCancellation(Actor applicant, String licenceNumber, String reason) {
		return start(this.lifecycle.requestCancellation(applicant, licenceNumber, reason));
	}

	@Override
	public LicenceMeasure respond(Actor applicant, String licenceNumber, String caseNumber, String response) {
		LicenceMeasure measure = this.lifecycle.respond(applicant, licenceNumber, caseNumber, response);
		try {
			this.runtime.createMessageCorrelation(SANCTION_RESPONSE)
				.processInstanceBusinessKey(measure.getCaseNumber())
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new ConflictException("measure.noResponseExpected",
					LocalizedText.of("ມາດຕະການ " + measure.getCaseNumber() + " ບໍ່ໄດ້ລໍຖ້າຄຳຕອບແລ້ວ",
							"Measure " + measure.getCaseNumber() + " does not await a response any more"));
		}
		return measure;
	}

	@Override
	public boolean licenceRenewed(String licenceNumber) {
		return !this.runtime.createMessageCorrelation(LICENCE_RENEWED)
			.processInstanceBusinessKey(licenceNumber)
			.correlateAllWithResult()
			.isEmpty();
	}

	private LicenceMeasure start(LicenceMeasure measure) {
		Licence licence = this.licences.licence(measure.getLicenceNumber()).orElseThrow();
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(LifecycleVariables.SANCTION_PROCESS,
				measure.getCaseNumber(), LifecycleVariables.atSanctionStart(measure, licence.getLicenceTypeCode(),
						licence.getAuthorityCode(), this.lifecycle.sectionOf(licence.getLicenceNumber())));
		this.caseFiles.setProcessInstance(measure.getCaseId(), instance.getId());
		return measure;
	}

}

package la.anuyat.enforcement.process.internal;

import java.util.Map;

import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.EnforcementMeasure;
import la.anuyat.enforcement.EnforcementOrigin;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.Measure;
import la.anuyat.licence.SanctionDraft;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.process.LicenceLifecycleWorkflow;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of enforcement.bpmn, each one call of {@link Enforcements} (or of the
 * licence sanction and payment blocks it hands a measure to).
 */
@Configuration(proxyBeanMethods = false)
class EnforcementDelegates {

	/**
	 * The ladder's inputs: the company's earlier measures within the window (months from
	 * configuration) and whether a licence is concerned.
	 */
	@Bean
	JavaDelegate countEarlierMeasuresDelegate(Enforcements enforcements,
			@Value("${anuyat.enforcement.repeat-window-months:24}") int windowMonths) {
		return (execution) -> {
			long caseId = EnforcementVariables.caseId(execution);
			execution.setVariable(EnforcementVariables.PRIOR_VIOLATIONS,
					enforcements.earlierMeasures(caseId, windowMonths));
			execution.setVariable(EnforcementVariables.HAS_LICENCE,
					enforcements.byId(caseId).getLicenceNumber() != null);
		};
	}

	/** Keeps the ladder's suggestion on the case, where the officer sees it. */
	@Bean
	ExecutionListener recordSuggestionListener(Enforcements enforcements) {
		return (execution) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> suggestion = (Map<String, Object>) execution
				.getVariable(EnforcementVariables.SUGGESTION);
			int prior = ((Number) execution.getVariable(EnforcementVariables.PRIOR_VIOLATIONS)).intValue();
			EnforcementMeasure measure = (suggestion != null && suggestion.get("measure") != null)
					? EnforcementMeasure.valueOf((String) suggestion.get("measure")) : null;
			Object fine = (suggestion != null) ? suggestion.get("fineKip") : null;
			enforcements.suggest(EnforcementVariables.caseId(execution), prior, measure,
					(fine != null) ? ((Number) fine).longValue() : null);
		};
	}

	@Bean
	JavaDelegate beginEnforcementReviewDelegate(Enforcements enforcements) {
		return (execution) -> enforcements.beginReview(EnforcementVariables.caseId(execution));
	}

	/** The approved fine becomes the invoice's fixed amount for the payment block. */
	@Bean
	JavaDelegate prepareFineDelegate(Enforcements enforcements) {
		return (execution) -> {
			EnforcementCase enforcement = enforcements.byId(EnforcementVariables.caseId(execution));
			execution.setVariable(EnforcementVariables.AMOUNT_KIP, enforcement.getFineKip());
			execution.setVariable(EnforcementVariables.FEE_LABEL_LO, "ຄ່າປັບໃໝ, ຄະດີ " + enforcement.getCaseNumber());
			execution.setVariable(EnforcementVariables.FEE_LABEL_EN, "Fine, case " + enforcement.getCaseNumber());
		};
	}

	@Bean
	JavaDelegate recordFineDelegate(Enforcements enforcements) {
		return (execution) -> {
			String invoice = (String) execution.getVariable(EnforcementVariables.INVOICE_NUMBER);
			if (invoice != null) {
				enforcements.fineInvoiced(EnforcementVariables.caseId(execution), invoice);
			}
		};
	}

	/**
	 * The approved suspension or revocation becomes a licence sanction case, proposed in
	 * the name of the officer who proposed the measure; the holder may respond there
	 * before it takes effect. It belongs to the licence's own authority, which acts on
	 * its licences, so the proposer acts for that authority (its own, in the usual case
	 * of a provincial licence enforced by its province).
	 */
	@Bean
	JavaDelegate startSanctionDelegate(Enforcements enforcements, LicenceService licences,
			LicenceLifecycleWorkflow lifecycle) {
		return (execution) -> {
			EnforcementCase enforcement = enforcements.byId(EnforcementVariables.caseId(execution));
			Licence licence = licences.licence(enforcement.getLicenceNumber()).orElseThrow();
			Actor proposer = new Actor(enforcement.getProposedBy(), Role.SECTION_OFFICER, licence.getAuthorityCode(),
					null, null);
			Measure measure = (enforcement.getMeasure() == EnforcementMeasure.SUSPEND) ? Measure.SUSPEND
					: Measure.REVOKE;
			String grounds = enforcement.getMeasureGrounds() + " (" + enforcement.getCaseNumber() + ")";
			LicenceMeasure sanction = lifecycle.proposeSanction(proposer, licence.getLicenceNumber(),
					new SanctionDraft(measure, enforcement.getSuspendUntil(), StatusReason.BREACH_OF_CONDITIONS,
							grounds, grounds, false));
			enforcements.sanctionStarted(enforcement.getCaseId().value(), sanction.getCaseNumber());
		};
	}

	/**
	 * A violation that persists after the follow-up opens a new case, which the ladder
	 * counts.
	 */
	@Bean
	JavaDelegate openRepeatCaseDelegate(Enforcements enforcements, CamundaEnforcementWorkflow workflow) {
		return (execution) -> {
			EnforcementCase earlier = enforcements.byId(EnforcementVariables.caseId(execution));
			String authority = (String) execution.getVariable(EnforcementVariables.AUTHORITY_CODE);
			workflow.open(Actor.system(), new EnforcementDraft(EnforcementOrigin.REPEAT, earlier.getCaseNumber(),
					authority, earlier.getCompanyId(), earlier.getLicenceNumber(), earlier.getViolation()));
		};
	}

}

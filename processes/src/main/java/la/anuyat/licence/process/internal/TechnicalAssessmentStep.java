package la.anuyat.licence.process.internal;

import java.util.HashMap;
import java.util.Map;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.casefile.workflow.ProcessStartVariables;

import org.springframework.stereotype.Component;

/**
 * A licence application's process starts knowing which technical assessment its type
 * needs ({@code assessmentProcessKey}, from the catalogue; {@code null} for none): the
 * licence application calls that process between the completeness check and the review,
 * so a type with engineers' steps of its own plugs them in as data.
 */
@Component
class TechnicalAssessmentStep implements ProcessStartVariables {

	static final String ASSESSMENT_PROCESS_KEY = "assessmentProcessKey";

	private final CaseTypeCatalogue caseTypes;

	TechnicalAssessmentStep(CaseTypeCatalogue caseTypes) {
		this.caseTypes = caseTypes;
	}

	@Override
	public Map<String, Object> of(CaseFile caseFile) {
		Map<String, Object> variables = new HashMap<>();
		// always set, so that the gateway reads "none" rather than an unknown variable
		variables.put(ASSESSMENT_PROCESS_KEY,
				this.caseTypes.assessmentProcessKeyOf(caseFile.getCaseType()).orElse(null));
		return variables;
	}

}

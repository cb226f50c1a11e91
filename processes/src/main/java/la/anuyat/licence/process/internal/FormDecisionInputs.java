package la.anuyat.licence.process.internal;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.workflow.ProcessStartVariables;
import la.anuyat.licence.form.FormCatalogue;

import org.springframework.stereotype.Component;

/**
 * A licence application's process starts with the answers its form marks as decision
 * inputs ({@code decisionInput}), which the type's routing and fee tables read.
 */
@Component
class FormDecisionInputs implements ProcessStartVariables {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormCatalogue forms;

	FormDecisionInputs(FormCatalogue forms) {
		this.forms = forms;
	}

	@Override
	public Map<String, Object> of(CaseFile caseFile) {
		return this.forms.formOf(caseFile.getCaseType())
			.map((form) -> form.decisionInputs(formData(caseFile)))
			.orElse(Map.of());
	}

	private static JsonNode formData(CaseFile caseFile) {
		try {
			return (caseFile.getFormData() == null) ? null : JSON.readTree(caseFile.getFormData());
		}
		catch (JsonProcessingException ex) {
			// the intake validated the answers against the form; unreadable data is a
			// defect
			throw new IllegalStateException("Unreadable form data of case " + caseFile.getCaseNumber(), ex);
		}
	}

}

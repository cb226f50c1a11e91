package la.anuyat.licence.process.internal;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.workflow.ProcessStartVariables;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.form.FormCatalogue;

import org.springframework.stereotype.Component;

/**
 * A licence application's process starts with its kind ({@code applicationKind}:
 * {@code new}, {@code renewal}, {@code amendment}), which the fee table and the issuing
 * step read, and the answers its form marks as decision inputs ({@code decisionInput}),
 * which the type's routing and fee tables read.
 */
@Component
class FormDecisionInputs implements ProcessStartVariables {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final String APPLICATION_KIND = "applicationKind";

	private final FormCatalogue forms;

	private final LicenceApplications applications;

	FormDecisionInputs(FormCatalogue forms, LicenceApplications applications) {
		this.forms = forms;
		this.applications = applications;
	}

	@Override
	public Map<String, Object> of(CaseFile caseFile) {
		Map<String, Object> variables = new HashMap<>();
		this.applications.of(CaseId.of(caseFile))
			.ifPresent((application) -> variables.put(APPLICATION_KIND, application.getKind().decisionValue()));
		this.forms.formOf(caseFile.getCaseType())
			.ifPresent((form) -> variables.putAll(form.decisionInputs(formData(caseFile))));
		return variables;
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

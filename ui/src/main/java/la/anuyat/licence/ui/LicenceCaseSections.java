package la.anuyat.licence.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.identity.Actor;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.FormDefinition;

import org.springframework.core.annotation.Order;

/**
 * What the staff case page shows of licence cases: an application's answers and document
 * checklist from its form; the licence a case issued, or the measure a sanction case
 * proposes and the licence it is on, with the verbs on it.
 */
@org.springframework.stereotype.Component
@Order(20)
class LicenceCaseSections implements CaseSections {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final LicenceMeasures measures;

	private final FormCatalogue forms;

	private final LicenceApplications applications;

	LicenceCaseSections(LicenceMeasures measures, FormCatalogue forms, LicenceApplications applications) {
		this.applications = applications;
		this.measures = measures;
		this.forms = forms;
	}

	/**
	 * Staff only: an applicant's page shows the certificate itself, and the verbs on a
	 * licence are on the company page.
	 */
	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		if (!actor.isStaff()) {
			return List.of();
		}
		List<Component> panels = new ArrayList<>();
		String licenceNumber = this.applications.licenceIssuedBy(caseFile).orElse(null);
		Optional<LicenceMeasure> measure = measureOf(caseFile);
		if (measure.isPresent()) {
			panels.add(new MeasureFacts(measure.get()));
			licenceNumber = measure.get().getLicenceNumber();
		}
		if (licenceNumber != null) {
			panels.add(new LicencePanel(this.measures, actor, licenceNumber, refresh));
		}
		return panels;
	}

	/** The licence an application issued, renewed or amended. */
	@Override
	public Map<String, String> facts(CaseFile caseFile) {
		return this.applications.licenceIssuedBy(caseFile)
			.map((number) -> Map.of("case.licenceNumber", number))
			.orElse(Map.of());
	}

	/**
	 * An application's kind, the licence a renewal or an amendment is about, and the
	 * licence it issued.
	 */
	@Override
	public Map<String, Object> apiProperties(CaseFile caseFile) {
		Map<String, Object> properties = new LinkedHashMap<>();
		this.applications.of(CaseId.of(caseFile)).ifPresent((application) -> {
			properties.put("applicationKind", application.getKind());
			if (application.getSubjectLicenceNumber() != null) {
				properties.put("subjectLicenceNumber", application.getSubjectLicenceNumber());
			}
			if (application.getLicenceNumber() != null) {
				properties.put("licenceNumber", application.getLicenceNumber());
			}
		});
		return properties;
	}

	@Override
	public Optional<Map<String, String>> answers(CaseFile caseFile) {
		Optional<FormDefinition> form = this.forms.formOf(caseFile.getCaseType());
		JsonNode values = parse(caseFile.getFormData());
		if (form.isEmpty() || values == null) {
			return Optional.empty();
		}
		return Optional.of(FormRenderer.readable(form.get(), values));
	}

	@Override
	public Map<String, String> documentTypes(CaseFile caseFile) {
		Map<String, String> names = new LinkedHashMap<>();
		this.forms.formOf(caseFile.getCaseType())
			.ifPresent((form) -> form.requiredDocumentsFor(this.applications.kindOf(caseFile).decisionValue())
				.forEach((required) -> names.put(required.type(), UserMessages.in(required.name()))));
		return names;
	}

	/** A measure's approval issues nothing: it suspends or revokes the licence. */
	@Override
	public Optional<String> decisionConfirmation(CaseFile caseFile, String outcome) {
		return measureOf(caseFile).map((measure) -> "decision.confirm.measure." + outcome);
	}

	private Optional<LicenceMeasure> measureOf(CaseFile caseFile) {
		return this.measures.measureOfCase(caseFile.getCaseType(), caseFile.getId());
	}

	private static JsonNode parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

}

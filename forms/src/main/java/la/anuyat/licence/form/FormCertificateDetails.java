package la.anuyat.licence.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import la.anuyat.licence.CertificateDetails;
import la.anuyat.licence.CertificateRow;

import org.springframework.stereotype.Component;

/**
 * The certificate's rows from the application form: every field of the licence type's
 * form with the custom property {@code "certificate": "true"}, in the form's order, with
 * its answer as a reader reads it. A field left empty prints no row.
 */
@Component
class FormCertificateDetails implements CertificateDetails {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Dates as the users write them (see the domain brief, "Language"). */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** The prefix of a prefill property naming a fact of the holder's company. */
	private static final String COMPANY_FACT = "company.";

	private final FormCatalogue forms;

	FormCertificateDetails(FormCatalogue forms) {
		this.forms = forms;
	}

	@Override
	public List<CertificateRow> rowsFor(String caseType, String formDataJson) {
		FormDefinition form = this.forms.formOf(caseType).orElse(null);
		JsonNode data = parse(formDataJson);
		if (form == null || data == null) {
			return List.of();
		}
		List<CertificateRow> rows = new ArrayList<>();
		for (FormField field : form.fields()) {
			if (!field.is(FormField.CERTIFICATE)) {
				continue;
			}
			JsonNode value = at(data, field.key());
			if (value == null || value.isNull() || value.isMissingNode()
					|| value.asText().isBlank() && value.isValueNode()) {
				continue;
			}
			rows.add(row(field, value));
		}
		return List.copyOf(rows);
	}

	@Override
	public Map<String, String> holderDetails(String caseType, String formDataJson) {
		FormDefinition form = this.forms.formOf(caseType).orElse(null);
		JsonNode data = parse(formDataJson);
		Map<String, String> facts = new LinkedHashMap<>();
		if (form == null || data == null) {
			return facts;
		}
		for (FormField field : form.fields()) {
			field.property(FormField.PREFILL).filter((fact) -> fact.startsWith(COMPANY_FACT)).ifPresent((fact) -> {
				JsonNode value = at(data, field.key());
				if (value != null && value.isValueNode() && !value.asText().isBlank()) {
					facts.put(fact.substring(COMPANY_FACT.length()), value.asText().strip());
				}
			});
		}
		return facts;
	}

	private static CertificateRow row(FormField field, JsonNode value) {
		switch (field.type()) {
			case "select", "radio" -> {
				return field.option(value.asText())
					.map((option) -> new CertificateRow(field.labelLo(), field.labelEn(), option.labelLo(),
							option.labelLo().equals(option.labelEn()) ? null : option.labelEn()))
					.orElse(new CertificateRow(field.labelLo(), field.labelEn(), value.asText(), null));
			}
			case "checklist", "taglist" -> {
				List<String> lo = new ArrayList<>();
				List<String> en = new ArrayList<>();
				value.forEach((item) -> {
					FieldOption option = field.option(item.asText()).orElse(null);
					lo.add((option != null) ? option.labelLo() : item.asText());
					en.add((option != null) ? option.labelEn() : item.asText());
				});
				String joinedLo = String.join(", ", lo);
				String joinedEn = String.join(", ", en);
				return new CertificateRow(field.labelLo(), field.labelEn(), joinedLo,
						joinedLo.equals(joinedEn) ? null : joinedEn);
			}
			case "checkbox" -> {
				boolean yes = value.asBoolean();
				return new CertificateRow(field.labelLo(), field.labelEn(), yes ? "ແມ່ນ" : "ບໍ່", yes ? "Yes" : "No");
			}
			case "datetime" -> {
				String text = value.asText();
				try {
					text = DATE.format(LocalDate.parse(text));
				}
				catch (DateTimeParseException ex) {
					// printed as entered
				}
				return new CertificateRow(field.labelLo(), field.labelEn(), text, null);
			}
			default -> {
				return new CertificateRow(field.labelLo(), field.labelEn(), value.asText(), null);
			}
		}
	}

	private static JsonNode parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(json);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	private static JsonNode at(JsonNode data, String key) {
		JsonNode node = data;
		for (String part : key.split("\\.")) {
			node = node.path(part);
		}
		return node;
	}

}

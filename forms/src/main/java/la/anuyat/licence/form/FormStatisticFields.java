package la.anuyat.licence.form;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import la.anuyat.licence.StatisticFields;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The statistics' dimensions from the application form: every field of the licence type's
 * form tagged {@code "statistic": "true"}, with the answer's values (the options' labels
 * where the field offers options; free text as written, trimmed).
 */
@Component
class FormStatisticFields implements StatisticFields {

	static final String STATISTIC = "statistic";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormCatalogue forms;

	FormStatisticFields(FormCatalogue forms) {
		this.forms = forms;
	}

	@Override
	public List<Dimension> dimensionsOf(String licenceType, String formDataJson) {
		FormDefinition form = this.forms.formOf(licenceType).orElse(null);
		JsonNode data = parse(formDataJson);
		if (form == null) {
			return List.of();
		}
		List<Dimension> dimensions = new ArrayList<>();
		for (FormField field : form.fields()) {
			if (!field.is(STATISTIC)) {
				continue;
			}
			List<Value> values = new ArrayList<>();
			JsonNode answer = (data == null) ? null : data.at("/" + field.key().replace('.', '/'));
			if (answer != null && answer.isArray()) {
				answer.forEach((item) -> values.add(value(field, item.asText())));
			}
			else if (answer != null && answer.isValueNode() && !answer.asText().isBlank()) {
				values.add(value(field, answer.asText().strip()));
			}
			dimensions.add(new Dimension(field.key(), field.label(), values));
		}
		return dimensions;
	}

	private static Value value(FormField field, String answer) {
		return new Value(answer, field.option(answer).map(FieldOption::label).orElse(LocalizedText.of(answer, answer)));
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

package la.anuyat.licence.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An application form: the Camunda Forms (form-js) JSON that the analysts edit in Camunda
 * Modeler and the UI renders, with what the server reads from it to validate submitted
 * data and to ask for documents.
 */
public final class FormDefinition {

	private final String id;

	private final JsonNode schema;

	private final List<FormField> fields;

	private final List<RequiredDocument> requiredDocuments;

	private final List<RequiredDocument> optionalDocuments;

	public FormDefinition(String id, JsonNode schema, List<FormField> fields,
			List<RequiredDocument> requiredDocuments) {
		this(id, schema, fields, requiredDocuments, List.of());
	}

	public FormDefinition(String id, JsonNode schema, List<FormField> fields, List<RequiredDocument> requiredDocuments,
			List<RequiredDocument> optionalDocuments) {
		this.id = id;
		this.schema = schema.deepCopy();
		this.fields = List.copyOf(fields);
		this.requiredDocuments = List.copyOf(requiredDocuments);
		this.optionalDocuments = List.copyOf(optionalDocuments);
	}

	/**
	 * The form's {@code id}, e.g. {@code ict-business-licence}.
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The form-js JSON as written in the file. A copy: callers may not change the shared
	 * definition.
	 */
	public JsonNode schema() {
		return this.schema.deepCopy();
	}

	/**
	 * The inputs, in the order they appear in the form.
	 */
	public List<FormField> fields() {
		return this.fields;
	}

	public Optional<FormField> field(String key) {
		return this.fields.stream().filter((field) -> field.key().equals(key)).findFirst();
	}

	/**
	 * The answers that the decision tables read, by the variable name each field's
	 * {@value FormField#DECISION_INPUT} property gives: text as written, a number as a
	 * number, an unanswered field as {@code null} (so a rule's "-" still matches).
	 * @param formData the application's answers
	 */
	public Map<String, Object> decisionInputs(JsonNode formData) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (FormField field : this.fields) {
			field.property(FormField.DECISION_INPUT).ifPresent((name) -> {
				JsonNode value = (formData == null) ? null : formData.at("/" + field.key().replace('.', '/'));
				inputs.put(name,
						(value == null || value.isMissingNode() || value.isNull()) ? null
								: value.isNumber() ? value.numberValue() : value.isBoolean() ? value.booleanValue()
										: value.isValueNode() ? value.asText() : value.toString());
			});
		}
		return inputs;
	}

	/**
	 * The documents the applicant must upload with a new application, from the form's
	 * document checklist.
	 */
	public List<RequiredDocument> requiredDocuments() {
		return requiredDocumentsFor(NEW);
	}

	/**
	 * The documents an application of the kind ({@code new}, {@code renewal},
	 * {@code amendment}) must carry.
	 */
	public List<RequiredDocument> requiredDocumentsFor(String kind) {
		return this.requiredDocuments.stream().filter((document) -> document.belongsTo(kind)).toList();
	}

	/** The documents an application of the kind may add. */
	public List<RequiredDocument> optionalDocumentsFor(String kind) {
		return this.optionalDocuments.stream().filter((document) -> document.belongsTo(kind)).toList();
	}

	private static final String NEW = "new";

	/**
	 * The documents the applicant may add (checklist entries with the custom property
	 * {@code required} set to {@code false}).
	 */
	public List<RequiredDocument> optionalDocuments() {
		return optionalDocumentsFor(NEW);
	}

	/**
	 * The same form with other options for one choice field, in the fields the server
	 * validates against and in the form-js JSON handed out ({@code values}, labelled "Lao
	 * / English", and the {@code option.<value>.lo/en} properties).
	 */
	public FormDefinition withOptions(String key, List<FieldOption> options) {
		List<FormField> replaced = this.fields.stream()
			.map((field) -> field.key().equals(key) ? field.withOptions(options) : field)
			.toList();
		JsonNode copy = this.schema.deepCopy();
		patchOptions(copy.path("components"), "", key, options);
		return new FormDefinition(this.id, copy, replaced, this.requiredDocuments, this.optionalDocuments);
	}

	private static void patchOptions(JsonNode components, String prefix, String key, List<FieldOption> options) {
		for (JsonNode component : components) {
			if (component instanceof ObjectNode object && (prefix + object.path("key").asText("")).equals(key)) {
				ArrayNode values = object.putArray("values");
				ObjectNode properties = object.has("properties") ? (ObjectNode) object.get("properties")
						: object.putObject("properties");
				for (FieldOption option : options) {
					values.addObject()
						.put("label", option.labelLo() + " / " + option.labelEn())
						.put("value", option.value());
					properties.put("option." + option.value() + ".lo", option.labelLo());
					properties.put("option." + option.value() + ".en", option.labelEn());
				}
			}
			String path = component.path("path").asText("");
			patchOptions(component.path("components"), path.isEmpty() ? prefix : prefix + path + ".", key, options);
		}
	}

	@Override
	public String toString() {
		return "FormDefinition[" + this.id + "]";
	}

}

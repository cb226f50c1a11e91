package la.anuyat.licence.form;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

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
	 * The documents the applicant must upload, from the form's document checklist.
	 */
	public List<RequiredDocument> requiredDocuments() {
		return this.requiredDocuments;
	}

	/**
	 * The documents the applicant may add (checklist entries with the custom property
	 * {@code required} set to {@code false}).
	 */
	public List<RequiredDocument> optionalDocuments() {
		return this.optionalDocuments;
	}

	@Override
	public String toString() {
		return "FormDefinition[" + this.id + "]";
	}

}

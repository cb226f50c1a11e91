package la.anuyat.licence.form.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import la.anuyat.licence.form.DateBound;
import la.anuyat.licence.form.FieldConstraints;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import la.anuyat.licence.form.RequiredDocument;

/**
 * Reads a Camunda Forms (form-js) definition into what the server validates against.
 * <p>
 * form-js has a single {@code label}; the Lao and English texts come from the component's
 * custom properties {@code label.lo} and {@code label.en} (editable in Camunda Modeler's
 * "Custom properties" panel), else from a label written "Lao / English". Options take
 * {@code option.<value>.lo} / {@code option.<value>.en} the same way. A component with a
 * {@code documentType} property is an entry of the document checklist. A choice field
 * with the property {@code optionsFrom: licenceTypes} lists no options of its own: they
 * are the licence types of the catalogue, filled in by
 * {@link la.anuyat.licence.form.FormCatalogue}.
 * <p>
 * Whatever the server cannot enforce the same way as the browser (FEEL expressions,
 * conditions, dynamic options, dynamic lists) is refused when the form is loaded, so that
 * a form edited in the Modeler never validates differently on the two sides.
 */
public final class FormSchemaReader {

	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
			"radio", "checkbox", "checklist", "taglist");

	private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

	private static final Set<String> CONTAINER_TYPES = Set.of("group");

	private static final Set<String> PRESENTATION_TYPES = Set.of("text", "html", "image", "spacer", "separator",
			"button", "table", "iframe", "documentPreview");

	private static final String LABEL_SEPARATOR = " / ";

	/** The kinds of application a checklist document may be limited to. */
	private static final List<String> KINDS = List.of("new", "renewal", "amendment");

	/** The one source of options a form may name instead of listing them. */
	private static final String OPTIONS_FROM_LICENCE_TYPES = "licenceTypes";

	/**
	 * Components only forms filled in the field take: a repeated group (form-js
	 * {@code dynamiclist}, e.g. each piece of equipment found) and a photo
	 * ({@code filepicker}). Application forms keep refusing them, as their wizard and
	 * validator know neither.
	 */
	private static final Set<String> FIELD_TYPES = Set.of("dynamiclist", "filepicker");

	private final boolean fieldForms;

	/** A reader of application forms. */
	public FormSchemaReader() {
		this(false);
	}

	/**
	 * @param fieldForms whether the forms are filled in the field (inspection
	 * checklists), which may repeat a group and take photos
	 */
	public FormSchemaReader(boolean fieldForms) {
		this.fieldForms = fieldForms;
	}

	public FormDefinition read(JsonNode root, String source) {
		if (root == null || !root.isObject()) {
			throw invalid(source, "the file is not a JSON object");
		}
		if (!"default".equals(root.path("type").asText())) {
			throw invalid(source, "\"type\" must be \"default\"");
		}
		String id = root.path("id").asText("");
		if (id.isBlank()) {
			throw invalid(source, "the form has no \"id\"");
		}
		JsonNode components = root.path("components");
		if (!components.isArray()) {
			throw invalid(source, "the form has no \"components\" array");
		}
		Reading reading = new Reading(source + " (" + id + ")", this.fieldForms);
		reading.components(components, "");
		return new FormDefinition(id, root, reading.fields, reading.documents, reading.optionalDocuments);
	}

	private static IllegalStateException invalid(String source, String problem) {
		return new IllegalStateException("Form " + source + ": " + problem);
	}

	/**
	 * State of reading one form: what was found so far, and the ids and keys already
	 * used.
	 */
	private static final class Reading {

		private final String source;

		private final List<FormField> fields = new ArrayList<>();

		private final List<RequiredDocument> documents = new ArrayList<>();

		private final List<RequiredDocument> optionalDocuments = new ArrayList<>();

		private final Set<String> componentIds = new HashSet<>();

		private final Set<String> keys = new HashSet<>();

		private final Set<String> documentTypes = new HashSet<>();

		private final boolean fieldForms;

		Reading(String source, boolean fieldForms) {
			this.source = source;
			this.fieldForms = fieldForms;
		}

		void components(JsonNode components, String pathPrefix) {
			for (JsonNode component : components) {
				component(component, pathPrefix);
			}
		}

		private void component(JsonNode component, String pathPrefix) {
			String type = component.path("type").asText("");
			String id = component.path("id").asText("");
			String where = "component " + (id.isEmpty() ? "of type " + type : id);
			if (id.isEmpty()) {
				throw invalid(where, "has no \"id\"");
			}
			if (!this.componentIds.add(id)) {
				throw invalid(where, "repeats an id");
			}
			if (component.has("conditional")) {
				throw invalid(where, "has a condition; the server cannot evaluate FEEL conditions");
			}
			if (component.path("properties").hasNonNull("documentType")) {
				document(component, where);
			}
			if (INPUT_TYPES.contains(type)) {
				field(component, type, pathPrefix, where);
			}
			else if (this.fieldForms && FIELD_TYPES.contains(type)) {
				fieldFormComponent(component, type, pathPrefix, where);
			}
			else if (CONTAINER_TYPES.contains(type)) {
				String path = component.path("path").asText("");
				if (!path.isEmpty() && !path.matches("\\w+(\\.\\w+)*")) {
					throw invalid(where, "has an invalid path \"" + path + "\"");
				}
				this.components(component.path("components"), path.isEmpty() ? pathPrefix : pathPrefix + path + ".");
			}
			else if (!PRESENTATION_TYPES.contains(type)) {
				throw invalid(where, "has type \"" + type + "\", which the server does not support");
			}
		}

		private void field(JsonNode component, String type, String pathPrefix, String where) {
			String key = component.path("key").asText("");
			if (!key.matches("\\w+(\\.\\w+)*")) {
				throw invalid(where, "has an invalid key \"" + key + "\"");
			}
			String fullKey = pathPrefix + key;
			if (!this.keys.add(fullKey)) {
				throw invalid(where, "repeats the key \"" + fullKey + "\"");
			}
			if ("datetime".equals(type) && !"date".equals(component.path("subtype").asText("date"))) {
				throw invalid(where, "is a datetime of subtype \"" + component.path("subtype").asText()
						+ "\"; only dates are supported");
			}
			if (component.has("valuesKey") || component.has("valuesExpression")) {
				throw invalid(where, "takes its options from process data; only static options are supported");
			}
			String[] label = labels(component, where);
			JsonNode validate = component.path("validate");
			boolean required = flag(validate.path("required"), where + " validate.required");
			FieldConstraints constraints = new FieldConstraints(integer(validate.path("minLength"), where),
					integer(validate.path("maxLength"), where), pattern(validate, where),
					textOrNull(component.path("properties").path("example")), decimal(validate.path("min"), where),
					decimal(validate.path("max"), where), integer(component.path("decimalDigits"), where),
					dateBound(component, type, "minDate", where), dateBound(component, type, "maxDate", where));
			Map<String, String> properties = properties(component);
			boolean fromCatalogue = properties.containsKey(FormField.OPTIONS_FROM);
			if (fromCatalogue && (!CHOICE_TYPES.contains(type)
					|| !OPTIONS_FROM_LICENCE_TYPES.equals(properties.get(FormField.OPTIONS_FROM).strip()))) {
				throw invalid(where, "has optionsFrom \"" + properties.get(FormField.OPTIONS_FROM)
						+ "\"; only choice fields take it, and only \"" + OPTIONS_FROM_LICENCE_TYPES + "\"");
			}
			List<FieldOption> options = !CHOICE_TYPES.contains(type) ? List.of()
					: fromCatalogue ? List.of() : options(component, where);
			this.fields
				.add(new FormField(fullKey, type, label[0], label[1], required, constraints, options, properties));
		}

		/**
		 * A repeated group becomes a field of type {@code dynamiclist} keyed by its path,
		 * followed by its inputs keyed {@code <path>.<key>}; a photo a field of type
		 * {@code filepicker} with its {@code accept} as a property.
		 */
		private void fieldFormComponent(JsonNode component, String type, String pathPrefix, String where) {
			String[] label = labels(component, where);
			if ("dynamiclist".equals(type)) {
				String path = component.path("path").asText("");
				if (!path.matches("\\w+")) {
					throw invalid(where, "needs a simple \"path\" for its repeated answers");
				}
				String fullKey = pathPrefix + path;
				if (!this.keys.add(fullKey)) {
					throw invalid(where, "repeats the key \"" + fullKey + "\"");
				}
				this.fields.add(new FormField(fullKey, type, label[0], label[1], false, FieldConstraints.NONE,
						List.of(), properties(component)));
				this.components(component.path("components"), fullKey + ".");
				return;
			}
			String key = component.path("key").asText("");
			if (!key.matches("\\w+")) {
				throw invalid(where, "has an invalid key \"" + key + "\"");
			}
			String fullKey = pathPrefix + key;
			if (!this.keys.add(fullKey)) {
				throw invalid(where, "repeats the key \"" + fullKey + "\"");
			}
			Map<String, String> properties = new LinkedHashMap<>(properties(component));
			properties.put("accept", component.path("accept").asText("image/*"));
			boolean required = flag(component.path("validate").path("required"), where + " validate.required");
			this.fields.add(new FormField(fullKey, type, label[0], label[1], required, FieldConstraints.NONE, List.of(),
					properties));
		}

		private void document(JsonNode component, String where) {
			JsonNode properties = component.path("properties");
			String type = properties.path("documentType").asText("");
			if (!type.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				throw invalid(where, "has an invalid documentType \"" + type + "\" (use lower-case words and -)");
			}
			if (!this.documentTypes.add(type)) {
				throw invalid(where, "repeats the documentType \"" + type + "\"");
			}
			String[] label = labels(component, where);
			java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
			for (String kind : properties.path("kinds").asText("").split(",")) {
				if (kind.isBlank()) {
					continue;
				}
				if (!KINDS.contains(kind.strip())) {
					throw invalid(where, "has kinds \"" + properties.path("kinds").asText()
							+ "\"; the kinds of application are " + String.join(", ", KINDS));
				}
				kinds.add(kind.strip());
			}
			// Modeler's custom properties are strings; anything but "false" keeps the
			// safer reading.
			if (!"false".equalsIgnoreCase(properties.path("required").asText("true").trim())) {
				this.documents.add(new RequiredDocument(type, label[0], label[1], kinds));
			}
			else {
				this.optionalDocuments.add(new RequiredDocument(type, label[0], label[1], kinds));
			}
		}

		/**
		 * The custom properties that are not labels: what tags the field for search, the
		 * wizard's prefill and the certificate.
		 */
		private static Map<String, String> properties(JsonNode component) {
			Map<String, String> properties = new LinkedHashMap<>();
			component.path("properties").properties().forEach((entry) -> {
				String name = entry.getKey();
				if (entry.getValue().isValueNode() && !name.startsWith("label.") && !name.startsWith("option.")) {
					properties.put(name, entry.getValue().asText());
				}
			});
			return properties;
		}

		private String[] labels(JsonNode component, String where) {
			JsonNode properties = component.path("properties");
			String lo = textOrNull(properties.path("label.lo"));
			String en = textOrNull(properties.path("label.en"));
			if (lo != null && en != null) {
				return new String[] { lo, en };
			}
			String label = textOrNull(component.path("label"));
			if (label == null) {
				label = textOrNull(component.path("dateLabel"));
			}
			String[] split = split(label);
			if (split == null) {
				throw invalid(where, "needs Lao and English labels: custom properties \"label.lo\" and \"label.en\","
						+ " or a label written \"Lao / English\"");
			}
			return new String[] { (lo != null) ? lo : split[0], (en != null) ? en : split[1] };
		}

		private List<FieldOption> options(JsonNode component, String where) {
			JsonNode values = component.path("values");
			if (!values.isArray() || values.isEmpty()) {
				throw invalid(where, "has no options");
			}
			JsonNode properties = component.path("properties");
			List<FieldOption> options = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (JsonNode value : values) {
				String code = value.path("value").asText("");
				if (code.isEmpty() || !seen.add(code)) {
					throw invalid(where, "has an empty or repeated option value \"" + code + "\"");
				}
				String lo = textOrNull(properties.path("option." + code + ".lo"));
				String en = textOrNull(properties.path("option." + code + ".en"));
				if (lo == null || en == null) {
					String[] split = split(textOrNull(value.path("label")));
					if (split == null) {
						throw invalid(where, "option \"" + code + "\" needs custom properties \"option." + code
								+ ".lo\" and \"option." + code + ".en\", or a label written \"Lao / English\"");
					}
					lo = (lo != null) ? lo : split[0];
					en = (en != null) ? en : split[1];
				}
				options.add(new FieldOption(code, lo, en));
			}
			return options;
		}

		/**
		 * "Lao / English" split at its only separator; {@code null} when that reading
		 * would be a guess.
		 */
		private static String[] split(String label) {
			if (label == null) {
				return null;
			}
			int at = label.indexOf(LABEL_SEPARATOR);
			if (at <= 0 || at != label.lastIndexOf(LABEL_SEPARATOR)) {
				return null;
			}
			String lo = label.substring(0, at).trim();
			String en = label.substring(at + LABEL_SEPARATOR.length()).trim();
			return (lo.isEmpty() || en.isEmpty()) ? null : new String[] { lo, en };
		}

		private String pattern(JsonNode validate, String where) {
			String validationType = validate.path("validationType").asText("");
			if ("email".equals(validationType) || "phone".equals(validationType)) {
				// form-js uses its own built-in expressions for these; spell the rule out
				// instead.
				throw invalid(where, "uses validationType \"" + validationType
						+ "\"; use \"custom\" with an explicit pattern so that server and browser agree");
			}
			String pattern = textOrNull(validate.path("pattern"));
			if (pattern == null) {
				return null;
			}
			expression(pattern, where);
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw invalid(where, "has an invalid pattern: " + ex.getDescription());
			}
			return pattern;
		}

		/**
		 * The sensible range of a date field, from the custom properties
		 * {@code minDate}/{@code maxDate} (form-js has no date range of its own).
		 */
		private DateBound dateBound(JsonNode component, String type, String property, String where) {
			String value = textOrNull(component.path("properties").path(property));
			if (value == null) {
				return null;
			}
			if (!"datetime".equals(type)) {
				throw invalid(where, "has the property " + property + ", which only date fields take");
			}
			try {
				return DateBound.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw invalid(where, "has an invalid " + property + ": " + ex.getMessage());
			}
		}

		private boolean flag(JsonNode node, String where) {
			if (node.isMissingNode() || node.isNull()) {
				return false;
			}
			if (node.isBoolean()) {
				return node.booleanValue();
			}
			throw invalid(where, "must be true or false (FEEL expressions are not supported)");
		}

		private Integer integer(JsonNode node, String where) {
			BigDecimal value = decimal(node, where);
			if (value == null) {
				return null;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				throw invalid(where, "has a limit that is not a whole number: " + value);
			}
		}

		private BigDecimal decimal(JsonNode node, String where) {
			if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
				return null;
			}
			if (node.isNumber()) {
				return node.decimalValue();
			}
			expression(node.asText(), where);
			try {
				return new BigDecimal(node.asText().trim());
			}
			catch (NumberFormatException ex) {
				throw invalid(where, "has a limit that is not a number: \"" + node.asText() + "\"");
			}
		}

		private void expression(String value, String where) {
			if (value.startsWith("=")) {
				throw invalid(where, "uses the FEEL expression \"" + value + "\"; the server needs plain values");
			}
		}

		private static String textOrNull(JsonNode node) {
			if (node == null || !node.isTextual() || node.asText().isBlank()) {
				return null;
			}
			return node.asText().trim();
		}

		private IllegalStateException invalid(String where, String problem) {
			return FormSchemaReader.invalid(this.source, where + " " + problem);
		}

	}

}

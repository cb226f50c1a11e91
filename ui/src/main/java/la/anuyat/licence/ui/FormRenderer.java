package la.anuyat.licence.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.DatePickers;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.licence.form.FieldConstraints;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import la.anuyat.shared.FieldError;

/**
 * Renders an application form from its definition (Camunda Forms JSON): one Vaadin field
 * per form field, chosen by the field's type, with the groups of the form as headings. No
 * form is built by hand for a licence type; an analyst's edit in Camunda Modeler shows up
 * here as it is.
 */
class FormRenderer {

	/** Select lists longer than this become a searchable combo box. */
	private static final int SHORT_LIST = 6;

	private final FormDefinition definition;

	private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();

	private final Map<String, FormField> fields = new LinkedHashMap<>();

	FormRenderer(FormDefinition definition) {
		this.definition = definition;
		definition.fields().forEach((field) -> this.fields.put(field.key(), field));
	}

	/**
	 * The editor: fields in the order of the form, under the headings of its groups.
	 */
	Div editor() {
		Div editor = new Div();
		editor.addClassName("form-editor");
		editor.setId("form-" + this.definition.id());
		Set<String> placed = new LinkedHashSet<>();
		FormLayout current = new FormLayout();
		editor.add(current);
		JsonNode components = this.definition.schema().path("components");
		for (JsonNode component : components) {
			if ("group".equals(component.path("type").asText())) {
				editor.add(heading(component));
				current = new FormLayout();
				editor.add(current);
				for (JsonNode child : component.path("components")) {
					place(child, current, placed);
				}
			}
			else {
				place(component, current, placed);
			}
		}
		// Fields the walk did not meet (nested deeper than a group) still get an input.
		for (FormField field : this.definition.fields()) {
			if (!placed.contains(field.key())) {
				current.add(input(field));
				placed.add(field.key());
			}
		}
		editor.getChildren()
			.filter((child) -> child instanceof FormLayout layout && layout.getChildren().findAny().isEmpty())
			.toList()
			.forEach(editor::remove);
		return editor;
	}

	private void place(JsonNode component, FormLayout layout, Set<String> placed) {
		String key = component.path("key").asText(null);
		if (key == null) {
			return;
		}
		String path = component.path("path").asText(null);
		String fullKey = (path != null && !path.isBlank()) ? path + "." + key : key;
		FormField field = this.fields.get(fullKey);
		if (field == null || placed.contains(fullKey)) {
			return;
		}
		Component input = input(field);
		layout.add(input);
		if ("textarea".equals(field.type()) || "checklist".equals(field.type())) {
			layout.setColspan(input, 2);
		}
		placed.add(fullKey);
	}

	private H3 heading(JsonNode group) {
		JsonNode properties = group.path("properties");
		String lo = properties.path("label.lo").asText(null);
		String en = properties.path("label.en").asText(null);
		String text = (lo != null || en != null) ? UserMessages.pick(lo, en) : group.path("label").asText("");
		H3 heading = new H3(text);
		heading.addClassName("form-group-heading");
		return heading;
	}

	private Component input(FormField field) {
		String label = UserMessages.in(field.label());
		FieldConstraints limits = (field.constraints() != null) ? field.constraints() : FieldConstraints.NONE;
		Component component = switch (field.type()) {
			case "textarea" -> {
				TextArea area = new TextArea(label);
				if (limits.maxLength() != null) {
					area.setMaxLength(limits.maxLength());
				}
				yield area;
			}
			case "number" -> {
				BigDecimalField number = new BigDecimalField(label);
				yield number;
			}
			case "datetime" -> {
				DatePicker picker = new DatePicker(label);
				picker.setI18n(DatePickers.i18n(picker));
				limit(picker, limits);
				yield picker;
			}
			case "select" -> {
				if (field.options().size() > SHORT_LIST) {
					ComboBox<FieldOption> combo = new ComboBox<>(label);
					combo.setItems(field.options());
					combo.setItemLabelGenerator((option) -> UserMessages.in(option.label()));
					yield combo;
				}
				Select<FieldOption> select = new Select<>();
				select.setLabel(label);
				select.setItems(field.options());
				select.setItemLabelGenerator((option) -> (option != null) ? UserMessages.in(option.label()) : "");
				select.setEmptySelectionAllowed(!field.required());
				yield select;
			}
			case "radio" -> {
				RadioButtonGroup<FieldOption> radio = new RadioButtonGroup<>(label);
				radio.setItems(field.options());
				radio.setItemLabelGenerator((option) -> UserMessages.in(option.label()));
				yield radio;
			}
			case "checkbox" -> new Checkbox(label);
			case "checklist" -> {
				CheckboxGroup<FieldOption> group = new CheckboxGroup<>(label);
				group.setItems(field.options());
				group.setItemLabelGenerator((option) -> UserMessages.in(option.label()));
				yield group;
			}
			case "taglist" -> {
				MultiSelectComboBox<FieldOption> tags = new MultiSelectComboBox<>(label);
				tags.setItems(field.options());
				tags.setItemLabelGenerator((option) -> UserMessages.in(option.label()));
				yield tags;
			}
			default -> {
				TextField text = new TextField(label);
				if (limits.maxLength() != null) {
					text.setMaxLength(limits.maxLength());
				}
				if (limits.patternExample() != null) {
					text.setPlaceholder(limits.patternExample());
				}
				yield text;
			}
		};
		component.setId("field-" + field.key().replace('.', '-'));
		HasValue<?, ?> input = (HasValue<?, ?>) component;
		input.setRequiredIndicatorVisible(field.required());
		this.inputs.put(field.key(), input);
		return component;
	}

	/**
	 * The entered data as the form-js JSON the validator and the case file expect; keys
	 * with dots become nested objects, empty inputs are left out.
	 */
	ObjectNode value() {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		this.inputs.forEach((key, input) -> {
			JsonNode value = toJson(this.fields.get(key), input.getValue());
			if (value != null) {
				parentOf(data, key).set(leaf(key), value);
			}
		});
		return data;
	}

	/** Fills the inputs from saved data, e.g. when the applicant goes back a step. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void setValue(JsonNode data) {
		if (data == null) {
			return;
		}
		this.inputs.forEach((key, input) -> {
			JsonNode value = at(data, key);
			if (value == null || value.isNull() || value.isMissingNode()) {
				return;
			}
			Object converted = fromJson(this.fields.get(key), value);
			if (converted != null) {
				((HasValue) input).setValue(converted);
			}
		});
	}

	/**
	 * Sets one field's value (e.g. licence type and province chosen in the wizard's first
	 * step).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void preset(String key, String value, boolean readOnly) {
		HasValue input = this.inputs.get(key);
		if (input == null || value == null) {
			return;
		}
		Object converted = fromJson(this.fields.get(key), JsonNodeFactory.instance.textNode(value));
		if (converted != null) {
			input.setValue(converted);
		}
		input.setReadOnly(readOnly);
	}

	void setReadOnly(boolean readOnly) {
		this.inputs.values().forEach((input) -> input.setReadOnly(readOnly));
	}

	/**
	 * Shows each error on its field, in the user's language. Returns the errors that
	 * belong to no field.
	 */
	List<FieldError> showErrors(List<FieldError> errors) {
		clearErrors();
		List<FieldError> unplaced = new ArrayList<>();
		for (FieldError error : errors) {
			HasValue<?, ?> input = this.inputs.get(error.field());
			if (input instanceof HasValidation validated) {
				validated.setErrorMessage(UserMessages.in(error.message()));
				validated.setInvalid(true);
			}
			else {
				unplaced.add(error);
			}
		}
		return unplaced;
	}

	void clearErrors() {
		this.inputs.values().forEach((input) -> {
			if (input instanceof HasValidation validated) {
				validated.setInvalid(false);
			}
		});
	}

	/**
	 * The saved data for reading: each field's label and its value as the user reads it
	 * (option labels in the user's language, dates as DD/MM/YYYY).
	 */
	static Map<String, String> readable(FormDefinition definition, JsonNode data) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (FormField field : definition.fields()) {
			JsonNode value = at(data, field.key());
			rows.put(UserMessages.in(field.label()), display(field, value));
		}
		return rows;
	}

	private static String display(FormField field, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "—";
		}
		switch (field.type()) {
			case "select", "radio":
				return field.option(value.asText())
					.map((option) -> UserMessages.in(option.label()))
					.orElse(value.asText());
			case "checklist", "taglist": {
				List<String> labels = new ArrayList<>();
				value.forEach((item) -> labels.add(field.option(item.asText())
					.map((option) -> UserMessages.in(option.label()))
					.orElse(item.asText())));
				return String.join(", ", labels);
			}
			case "checkbox":
				return value.asBoolean() ? "✓" : "—";
			case "datetime":
				try {
					return DisplayFormats.date(LocalDate.parse(value.asText()));
				}
				catch (DateTimeParseException ex) {
					return value.asText();
				}
			default:
				return value.asText();
		}
	}

	private static JsonNode toJson(FormField field, Object value) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : json.textNode(text.trim());
		}
		if (value instanceof BigDecimal number) {
			return json.numberNode(number);
		}
		if (value instanceof LocalDate date) {
			return json.textNode(date.toString());
		}
		if (value instanceof Boolean flag) {
			return json.booleanNode(flag);
		}
		if (value instanceof FieldOption option) {
			return json.textNode(option.value());
		}
		if (value instanceof Collection<?> options) {
			if (options.isEmpty()) {
				return null;
			}
			ArrayNode array = json.arrayNode();
			// Keep the form's order of options, not the order of clicking.
			field.options().stream().filter(options::contains).forEach((option) -> array.add(option.value()));
			return array;
		}
		return json.textNode(value.toString());
	}

	private static Object fromJson(FormField field, JsonNode value) {
		switch (field.type()) {
			case "number":
				try {
					return new BigDecimal(value.asText());
				}
				catch (NumberFormatException ex) {
					return null;
				}
			case "datetime":
				try {
					return LocalDate.parse(value.asText());
				}
				catch (DateTimeParseException ex) {
					return null;
				}
			case "checkbox":
				return value.asBoolean();
			case "select", "radio":
				return field.option(value.asText()).orElse(null);
			case "checklist", "taglist": {
				Set<FieldOption> chosen = new LinkedHashSet<>();
				value.forEach((item) -> field.option(item.asText()).ifPresent(chosen::add));
				return chosen;
			}
			default:
				return value.asText();
		}
	}

	private static ObjectNode parentOf(ObjectNode root, String key) {
		ObjectNode node = root;
		String[] parts = key.split("\\.");
		for (int i = 0; i < parts.length - 1; i++) {
			JsonNode child = node.get(parts[i]);
			if (!(child instanceof ObjectNode)) {
				child = node.putObject(parts[i]);
			}
			node = (ObjectNode) child;
		}
		return node;
	}

	private static String leaf(String key) {
		int dot = key.lastIndexOf('.');
		return (dot < 0) ? key : key.substring(dot + 1);
	}

	private static JsonNode at(JsonNode data, String key) {
		if (data == null) {
			return null;
		}
		JsonNode node = data;
		for (String part : key.split("\\.")) {
			node = node.path(part);
		}
		return node;
	}

	/**
	 * The sensible range the form definition gives the date ({@code minDate},
	 * {@code maxDate}): the picker offers only those days, and the server refuses others
	 * with the same limits.
	 */
	private static void limit(DatePicker picker, FieldConstraints limits) {
		LocalDate today = LocalDate.now();
		if (limits.minDate() != null) {
			picker.setMin(limits.minDate().on(today));
		}
		if (limits.maxDate() != null) {
			picker.setMax(limits.maxDate().on(today));
		}
	}

}

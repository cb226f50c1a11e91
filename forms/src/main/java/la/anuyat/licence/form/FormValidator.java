package la.anuyat.licence.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import la.anuyat.licence.form.internal.FieldMessages;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.SafeText;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.stereotype.Component;

/**
 * Checks submitted form data against its definition on the server, with the same rules
 * the browser applies from the form-js {@code validate} blocks: the browser is a
 * convenience, this is the check that counts (the REST API posts data without any
 * browser).
 * <p>
 * At most one error per field, the first broken rule in this order: required, type, safe
 * text ({@link SafeText}: no control or bidi characters, not only invisible ones),
 * length, pattern, range (numbers; dates from the custom properties
 * {@code minDate}/{@code maxDate}). Keys that the form does not define are refused, so
 * nothing unchecked ends up in a case file.
 */
@Component
public class FormValidator {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String FORM = "form";

	private final Clock clock;

	/**
	 * A validator whose "today" (for relative date ranges) is the system's.
	 */
	public FormValidator() {
		this(Clock.systemDefaultZone());
	}

	@Autowired
	public FormValidator(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The errors of the data, each with a Lao and an English message; empty when the data
	 * are valid. {@code null} data count as an empty form.
	 */
	public List<FieldError> validate(FormDefinition definition, JsonNode data) {
		if (data != null && !data.isNull() && !data.isMissingNode() && !data.isObject()) {
			return List.of(new FieldError(FORM, FieldMessages.notAnObject()));
		}
		List<FieldError> errors = new ArrayList<>();
		for (FormField field : definition.fields()) {
			violation(field, valueAt(data, field.key()))
				.ifPresent((message) -> errors.add(new FieldError(field.key(), message)));
		}
		if (data != null && data.isObject()) {
			Set<String> keys = definition.fields().stream().map(FormField::key).collect(Collectors.toSet());
			unknownKeys(data, "", keys, errors);
		}
		return List.copyOf(errors);
	}

	/**
	 * Refuses invalid data with an {@link InvalidInputException} (code
	 * {@code form.invalid}) carrying every field error.
	 */
	public void check(FormDefinition definition, JsonNode data) {
		List<FieldError> errors = validate(definition, data);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("form.invalid", FieldMessages.formInvalid(), errors);
		}
	}

	private Optional<LocalizedText> violation(FormField field, JsonNode value) {
		if (isEmpty(field, value)) {
			return field.required() ? Optional.of(FieldMessages.required(field)) : Optional.empty();
		}
		return switch (field.type()) {
			case "textfield", "textarea" -> text(field, value);
			case "number" -> number(field, value);
			case "datetime" -> date(field, value);
			case "select", "radio" -> choice(field, value);
			case "checklist", "taglist" -> choices(field, value);
			case "checkbox" -> value.isBoolean() ? Optional.empty() : Optional.of(FieldMessages.notBoolean(field));
			default -> throw new IllegalStateException("Field type " + field.type() + " has no validation");
		};
	}

	/**
	 * Empty as form-js sees it (no value, or an empty string), and also blank text and an
	 * unticked box, which would otherwise pass "required" with nothing in them.
	 */
	private static boolean isEmpty(FormField field, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return true;
		}
		if (value.isTextual()) {
			return value.asText().isBlank();
		}
		if (value.isArray()) {
			return value.isEmpty();
		}
		return "checkbox".equals(field.type()) && value.isBoolean() && !value.booleanValue();
	}

	private Optional<LocalizedText> text(FormField field, JsonNode value) {
		if (!value.isTextual()) {
			return Optional.of(FieldMessages.notText(field));
		}
		FieldConstraints constraints = field.constraints();
		String text = value.asText();
		Optional<LocalizedText> unsafe = SafeText.violation(field.label(), text);
		if (unsafe.isPresent()) {
			return unsafe;
		}
		// form-js measures the trimmed value.
		String trimmed = text.trim();
		int length = trimmed.codePointCount(0, trimmed.length());
		if (constraints.minLength() != null && length < constraints.minLength()) {
			return Optional.of(FieldMessages.tooShort(field, constraints.minLength()));
		}
		if (constraints.maxLength() != null && length > constraints.maxLength()) {
			return Optional.of(FieldMessages.tooLong(field, constraints.maxLength()));
		}
		// Like JavaScript's RegExp.test: a match anywhere; the pattern anchors itself.
		if (constraints.pattern() != null && !Pattern.compile(constraints.pattern()).matcher(text).find()) {
			return Optional.of(FieldMessages.wrongFormat(field));
		}
		return Optional.empty();
	}

	private Optional<LocalizedText> number(FormField field, JsonNode value) {
		BigDecimal number;
		if (value.isNumber()) {
			number = value.decimalValue();
		}
		else if (value.isTextual()) {
			// form-js sends numbers as strings when "serializeToString" is set.
			try {
				number = new BigDecimal(value.asText().trim());
			}
			catch (NumberFormatException ex) {
				return Optional.of(FieldMessages.notNumber(field));
			}
		}
		else {
			return Optional.of(FieldMessages.notNumber(field));
		}
		FieldConstraints constraints = field.constraints();
		if (constraints.decimalDigits() != null
				&& Math.max(0, number.stripTrailingZeros().scale()) > constraints.decimalDigits()) {
			return Optional.of(FieldMessages.tooManyDecimals(field, constraints.decimalDigits()));
		}
		if (constraints.min() != null && number.compareTo(constraints.min()) < 0) {
			return Optional.of(FieldMessages.belowMinimum(field, constraints.min()));
		}
		if (constraints.max() != null && number.compareTo(constraints.max()) > 0) {
			return Optional.of(FieldMessages.aboveMaximum(field, constraints.max()));
		}
		return Optional.empty();
	}

	private Optional<LocalizedText> date(FormField field, JsonNode value) {
		if (!value.isTextual() || !ISO_DATE.matcher(value.asText()).matches()) {
			return Optional.of(FieldMessages.notDate(field));
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.asText(), DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException ex) {
			return Optional.of(FieldMessages.notDate(field));
		}
		FieldConstraints constraints = field.constraints();
		LocalDate today = LocalDate.now(this.clock);
		if (constraints.minDate() != null && date.isBefore(constraints.minDate().on(today))) {
			return Optional.of(FieldMessages.dateTooEarly(field, constraints.minDate().on(today)));
		}
		if (constraints.maxDate() != null && date.isAfter(constraints.maxDate().on(today))) {
			return Optional.of(FieldMessages.dateTooLate(field, constraints.maxDate().on(today)));
		}
		return Optional.empty();
	}

	private Optional<LocalizedText> choice(FormField field, JsonNode value) {
		if (!value.isTextual() || field.option(value.asText()).isEmpty()) {
			// an unknown value is named in the message: only when it is safe to show
			if (value.isTextual() && SafeText.violation(value.asText()).isPresent()) {
				return SafeText.violation(field.label(), value.asText());
			}
			return Optional
				.of(FieldMessages.unknownOption(field, value.isValueNode() ? value.asText() : value.toString()));
		}
		return Optional.empty();
	}

	private Optional<LocalizedText> choices(FormField field, JsonNode value) {
		if (!value.isArray()) {
			return Optional.of(FieldMessages.notAList(field));
		}
		for (JsonNode element : value) {
			Optional<LocalizedText> violation = choice(field, element);
			if (violation.isPresent()) {
				return violation;
			}
		}
		return Optional.empty();
	}

	/**
	 * The value at a dot-separated key (keys inside a group with a {@code path} are
	 * nested).
	 */
	private static JsonNode valueAt(JsonNode data, String key) {
		JsonNode node = data;
		for (String part : key.split("\\.")) {
			if (node == null || !node.isObject()) {
				return null;
			}
			node = node.get(part);
		}
		return node;
	}

	private static void unknownKeys(JsonNode object, String prefix, Set<String> keys, List<FieldError> errors) {
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			String key = prefix + entry.getKey();
			if (keys.contains(key)) {
				continue;
			}
			boolean isPathToFields = keys.stream().anyMatch((known) -> known.startsWith(key + "."));
			if (isPathToFields && entry.getValue().isObject()) {
				unknownKeys(entry.getValue(), key + ".", keys, errors);
			}
			else {
				errors.add(new FieldError(key, FieldMessages.unknownField(key)));
			}
		}
	}

}

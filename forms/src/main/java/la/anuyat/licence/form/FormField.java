package la.anuyat.licence.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import la.anuyat.shared.LocalizedText;

/**
 * One input of a form definition, as the server reads it from the form-js component.
 *
 * @param key where the value sits in the submitted data: the component's {@code key},
 * prefixed by the {@code path} of enclosing groups (dot separated)
 * @param type the form-js component type: {@code textfield}, {@code textarea},
 * {@code number}, {@code datetime} (dates only, ISO {@code yyyy-MM-dd}), {@code select},
 * {@code radio}, {@code checkbox}, {@code checklist} or {@code taglist}
 * @param labelLo the label in Lao
 * @param labelEn the label in English
 * @param required whether a value must be given
 * @param constraints length, pattern and range limits
 * @param options the allowed values of choice fields; empty for other types
 * @param properties the component's custom properties (Camunda Modeler's "Custom
 * properties"), which tag a field for the features that read forms without knowing their
 * keys: {@value #SEARCHABLE}, {@value #PREFILL}, {@value #CERTIFICATE},
 * {@value #DECISION_INPUT}
 */
public record FormField(String key, String type, String labelLo, String labelEn, boolean required,
		FieldConstraints constraints, List<FieldOption> options, Map<String, String> properties) {

	/**
	 * Officers find the case by this field's text ({@code "true"}), or by the company
	 * names shown in search results ({@code "companyName.lo"}, {@code "companyName.en"}).
	 */
	public static final String SEARCHABLE = "searchable";

	/**
	 * The wizard fills this field in from what the sign-up said about the applicant's
	 * company: the property names the fact, e.g. {@code "company.nameLo"}.
	 */
	public static final String PREFILL = "prefill";

	/** The field's value is printed among the certificate's details ({@code "true"}). */
	public static final String CERTIFICATE = "certificate";

	/**
	 * The field's options are the licence types of the catalogue served by the form
	 * ({@code "licenceTypes"}), filled in when the form is handed out.
	 */
	public static final String OPTIONS_FROM = "optionsFrom";

	/**
	 * The field's answer is an input of the case's decision tables under the variable the
	 * property names, e.g. a postal licence's {@code "scope"}, which routes it to the
	 * ministry or to the province.
	 */
	public static final String DECISION_INPUT = "decisionInput";

	public FormField {
		options = List.copyOf(options);
		properties = Map.copyOf(properties);
	}

	public FormField(String key, String type, String labelLo, String labelEn, boolean required,
			FieldConstraints constraints, List<FieldOption> options) {
		this(key, type, labelLo, labelEn, required, constraints, options, Map.of());
	}

	/** One custom property, trimmed; empty when absent or blank. */
	public Optional<String> property(String name) {
		return Optional.ofNullable(this.properties.get(name)).map(String::strip).filter((value) -> !value.isEmpty());
	}

	/**
	 * Whether a yes/no custom property is set: Modeler's custom properties are strings,
	 * so only {@code "true"} counts.
	 */
	public boolean is(String name) {
		return property(name).map("true"::equalsIgnoreCase).orElse(false);
	}

	/** The same field offering other options. */
	public FormField withOptions(List<FieldOption> replacement) {
		return new FormField(this.key, this.type, this.labelLo, this.labelEn, this.required, this.constraints,
				replacement, this.properties);
	}

	public LocalizedText label() {
		return LocalizedText.of(this.labelLo, this.labelEn);
	}

	public Optional<FieldOption> option(String value) {
		return this.options.stream().filter((option) -> option.value().equals(value)).findFirst();
	}

}

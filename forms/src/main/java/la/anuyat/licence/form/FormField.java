package la.anuyat.licence.form;

import java.util.List;
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
 */
public record FormField(String key, String type, String labelLo, String labelEn, boolean required,
		FieldConstraints constraints, List<FieldOption> options) {

	public FormField {
		options = List.copyOf(options);
	}

	public LocalizedText label() {
		return LocalizedText.of(this.labelLo, this.labelEn);
	}

	public Optional<FieldOption> option(String value) {
		return this.options.stream().filter((option) -> option.value().equals(value)).findFirst();
	}

}

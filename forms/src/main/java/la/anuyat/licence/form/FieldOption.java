package la.anuyat.licence.form;

import la.anuyat.shared.LocalizedText;

/**
 * One choice of a select, radio, checklist or tag list: the value posted and its Lao and
 * English labels.
 */
public record FieldOption(String value, String labelLo, String labelEn) {

	public LocalizedText label() {
		return LocalizedText.of(this.labelLo, this.labelEn);
	}

}

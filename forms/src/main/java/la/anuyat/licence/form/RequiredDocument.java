package la.anuyat.licence.form;

import la.anuyat.shared.LocalizedText;

/**
 * A document the applicant must upload with the application, named in Lao and English.
 * The {@code type} is what {@code DocumentService.store} records as the document type.
 */
public record RequiredDocument(String type, String nameLo, String nameEn) {

	public LocalizedText name() {
		return LocalizedText.of(this.nameLo, this.nameEn);
	}

}

package la.anuyat.licence.form;

import java.util.Set;

import la.anuyat.shared.LocalizedText;

/**
 * A document of the application form's checklist, named in Lao and English. The
 * {@code type} is what {@code DocumentService.store} records as the document type. A
 * document may belong to some kinds of application only (the custom property
 * {@code kinds}, e.g. {@code "renewal"}): a renewal asks for a report on the licence's
 * use, an amendment for evidence of the change, a new application for a business plan.
 *
 * @param kinds the kinds of application it belongs to ({@code new}, {@code renewal},
 * {@code amendment}); empty for every kind
 */
public record RequiredDocument(String type, String nameLo, String nameEn, Set<String> kinds) {

	public RequiredDocument {
		kinds = Set.copyOf(kinds);
	}

	public RequiredDocument(String type, String nameLo, String nameEn) {
		this(type, nameLo, nameEn, Set.of());
	}

	public LocalizedText name() {
		return LocalizedText.of(this.nameLo, this.nameEn);
	}

	/**
	 * Whether an application of the kind ({@code new}, {@code renewal}…) has it on its
	 * checklist.
	 */
	public boolean belongsTo(String kind) {
		return this.kinds.isEmpty() || this.kinds.contains(kind);
	}

}

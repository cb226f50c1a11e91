package la.anuyat.licence.form;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import la.anuyat.licence.SearchableFormFields;

import org.springframework.stereotype.Component;

/**
 * The form fields officers search by, from the custom property {@code searchable} of the
 * fields of every form: {@code "true"} for text, {@code "companyName.lo"} and
 * {@code "companyName.en"} for the company's names. Read from the form files alone (not
 * the catalogue), since the search index is mapped while the database is still starting.
 */
@Component
class FormSearchableFields implements SearchableFormFields {

	static final String TEXT = "true";

	static final String COMPANY_NAME_LO = "companyName.lo";

	static final String COMPANY_NAME_EN = "companyName.en";

	private final FormCatalogue forms;

	FormSearchableFields(FormCatalogue forms) {
		this.forms = forms;
	}

	@Override
	public List<String> textKeys() {
		return tagged(TEXT);
	}

	@Override
	public List<String> companyNameLoKeys() {
		return tagged(COMPANY_NAME_LO);
	}

	@Override
	public List<String> companyNameEnKeys() {
		return tagged(COMPANY_NAME_EN);
	}

	private List<String> tagged(String tag) {
		Set<String> keys = new LinkedHashSet<>();
		for (FormDefinition form : this.forms.forms()) {
			for (FormField field : form.fields()) {
				if (field.property(FormField.SEARCHABLE).filter(tag::equalsIgnoreCase).isPresent()) {
					keys.add(field.key());
				}
			}
		}
		return List.copyOf(keys);
	}

}

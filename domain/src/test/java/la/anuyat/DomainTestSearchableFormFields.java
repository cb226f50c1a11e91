package la.anuyat;

import java.util.List;

import la.anuyat.licence.SearchableFormFields;

import org.springframework.stereotype.Component;

/**
 * The searchable form fields of the domain tests, as the ICT business licence form tags
 * them (the real ones are read from the application forms, which the domain module does
 * not have).
 */
@Component
class DomainTestSearchableFormFields implements SearchableFormFields {

	@Override
	public List<String> textKeys() {
		return List.of("plannedServices", "address", "district", "village", "contactName");
	}

	@Override
	public List<String> companyNameLoKeys() {
		return List.of("companyNameLo");
	}

	@Override
	public List<String> companyNameEnKeys() {
		return List.of("companyNameEn");
	}

}

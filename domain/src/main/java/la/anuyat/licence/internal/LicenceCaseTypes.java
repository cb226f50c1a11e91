package la.anuyat.licence.internal;

import java.util.Optional;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.licence.LicenceType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the case file which licence types can be applied for and their case-number
 * prefix.
 */
@Component
class LicenceCaseTypes implements CaseTypeCatalogue {

	private final LicenceTypeRepository types;

	LicenceCaseTypes(LicenceTypeRepository types) {
		this.types = types;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> casePrefixOf(String caseType) {
		return this.types.findById(caseType).filter(LicenceType::isActive).map(LicenceType::getCasePrefix);
	}

}

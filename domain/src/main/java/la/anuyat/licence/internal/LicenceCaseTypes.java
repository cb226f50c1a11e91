package la.anuyat.licence.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.licence.LicenceType;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the case file and the workflow what the licence catalogue says of a licence type:
 * its case-number prefix, process, section and form.
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
		return active(caseType).map(LicenceType::getCasePrefix);
	}

	@Override
	@Transactional(readOnly = true)
	public String processKeyOf(String caseType) {
		return known(caseType).getProcessKey();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> assessmentProcessKeyOf(String caseType) {
		return ((caseType == null) ? Optional.<LicenceType>empty() : this.types.findById(caseType))
			.map(LicenceType::getAssessmentProcessKey)
			.filter((key) -> !key.isBlank());
	}

	@Override
	@Transactional(readOnly = true)
	public String sectionOf(String caseType) {
		return known(caseType).getSectionCode();
	}

	@Override
	@Transactional(readOnly = true)
	public String familyOf(String caseType) {
		return known(caseType).getFamily();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> formKeyOf(String caseType) {
		return active(caseType).map(LicenceType::getFormKey);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> activeCaseTypes() {
		return this.types.findByActiveTrueOrderByCode()
			.stream()
			.map((type) -> new Entry(type.getCode(), type.getName(), type.getFormKey()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LocalizedText> nameOf(String caseType) {
		return ((caseType == null) ? Optional.<LicenceType>empty() : this.types.findById(caseType))
			.map(LicenceType::getName);
	}

	private Optional<LicenceType> active(String caseType) {
		return (caseType == null) ? Optional.empty() : this.types.findById(caseType).filter(LicenceType::isActive);
	}

	private LicenceType known(String caseType) {
		return ((caseType == null) ? Optional.<LicenceType>empty() : this.types.findById(caseType))
			.orElseThrow(() -> new NotFoundException("licenceType.notFound",
					LocalizedText.of("ບໍ່ມີປະເພດໃບອະນຸຍາດນີ້: " + caseType, "No such licence type: " + caseType)));
	}

}

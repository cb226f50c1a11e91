package la.anuyat.licence.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.RequiredDocument;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of licence types, with each type's application form. Public: a business
 * reads it before signing up.
 */
@RestController
@RequestMapping("/api/v1/licence-types")
@Tag(name = "Licence types", description = "What can be applied for, and the form to fill in (no sign-in needed)")
class LicenceTypeController {

	private final LicenceService licences;

	private final FormCatalogue forms;

	LicenceTypeController(LicenceService licences, FormCatalogue forms) {
		this.licences = licences;
		this.forms = forms;
	}

	@GetMapping
	@Operation(summary = "The licence types open for application")
	List<LicenceTypeSummary> licenceTypes() {
		return this.licences.licenceTypes()
			.stream()
			.filter(LicenceType::isActive)
			.map((type) -> new LicenceTypeSummary(type.getCode(), type.getNameLo(), type.getNameEn()))
			.toList();
	}

	@GetMapping("/{code}")
	@Operation(
			summary = "One licence type with its application form (Camunda Forms / form-js JSON) and the documents to upload",
			description = "requiredDocuments: those of a new application; requiredDocumentsByKind: those of each kind of "
					+ "application (new, renewal, amendment).")
	LicenceTypeDetails licenceType(@PathVariable String code) {
		LicenceType type = this.licences.licenceType(code);
		FormDefinition form = this.forms.formFor(type.getCode());
		java.util.Map<String, List<RequiredDocument>> byKind = new java.util.LinkedHashMap<>();
		for (String kind : List.of("new", "renewal", "amendment")) {
			byKind.put(kind, form.requiredDocumentsFor(kind));
		}
		return new LicenceTypeDetails(type.getCode(), type.getNameLo(), type.getNameEn(), form.schema(),
				form.requiredDocuments(), byKind);
	}

	record LicenceTypeSummary(String code, String nameLo, String nameEn) {
	}

	record LicenceTypeDetails(String code, String nameLo, String nameEn, JsonNode form,
			List<RequiredDocument> requiredDocuments,
			java.util.Map<String, List<RequiredDocument>> requiredDocumentsByKind) {
	}

}

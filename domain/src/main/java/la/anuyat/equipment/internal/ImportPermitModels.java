package la.anuyat.equipment.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.SubmissionRule;
import la.anuyat.equipment.EquipmentRules;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * An import permit names type-approved models only (provincial decision: certificates for
 * import, export and use of ICT equipment): each line of its list of models is an
 * approval number or the name of an approved model, and the first that is neither is
 * refused by name.
 */
@Component
class ImportPermitModels implements SubmissionRule {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ApprovedModels approvedModels;

	private final EquipmentRules rules;

	ImportPermitModels(ApprovedModels approvedModels, EquipmentRules rules) {
		this.approvedModels = approvedModels;
		this.rules = rules;
	}

	@Override
	public void check(CaseFile draft) {
		if (!this.rules.permitsImport(draft.getCaseType())) {
			return;
		}
		String field = this.rules.importModelsField();
		List<String> models = models(draft.getFormData(), field);
		if (models.isEmpty()) {
			LocalizedText text = LocalizedText.of("ກະລຸນາລະບຸລຸ້ນອຸປະກອນທີ່ຈະນຳເຂົ້າ",
					"Name the equipment models to be imported");
			throw new InvalidInputException("import.noModel", text, List.of(new FieldError(field, text)));
		}
		for (String model : models) {
			if (this.approvedModels.find(model).isEmpty()) {
				LocalizedText text = LocalizedText.of("ລຸ້ນ \"" + model
						+ "\" ບໍ່ໄດ້ຮັບການຢັ້ງຢືນມາດຕະຖານເຕັກນິກ: ນຳເຂົ້າໄດ້ສະເພາະອຸປະກອນທີ່ໄດ້ຮັບການຢັ້ງຢືນແລ້ວ",
						"The model \"" + model
								+ "\" is not type-approved: only type-approved equipment may be imported");
				throw new InvalidInputException("import.modelNotApproved", text, List.of(new FieldError(field, text)));
			}
		}
	}

	private static List<String> models(String formDataJson, String field) {
		List<String> models = new ArrayList<>();
		try {
			JsonNode form = (formDataJson == null) ? JSON.createObjectNode() : JSON.readTree(formDataJson);
			for (String line : form.path(field).asText("").split("\\R")) {
				if (!line.isBlank()) {
					models.add(line.strip());
				}
			}
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable form data of case " + ex.getMessage(), ex);
		}
		return models;
	}

}

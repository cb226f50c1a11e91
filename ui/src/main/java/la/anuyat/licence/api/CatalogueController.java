package la.anuyat.licence.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.licence.process.CatalogueOverview;
import la.anuyat.licence.process.CatalogueOverview.DecisionRule;
import la.anuyat.licence.process.CatalogueOverview.DecisionTable;
import la.anuyat.licence.process.LicenceCatalogue;
import la.anuyat.shared.PublicAddress;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue and its rules as deployed, for administrators: what the catalogue page
 * shows, as JSON.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "Case types, decision tables and processes as deployed (administrators only)")
class CatalogueController {

	private final CurrentActor currentActor;

	private final LicenceCatalogue catalogue;

	private final PublicAddress publicAddress;

	CatalogueController(CurrentActor currentActor, LicenceCatalogue catalogue, PublicAddress publicAddress) {
		this.currentActor = currentActor;
		this.catalogue = catalogue;
		this.publicAddress = publicAddress;
	}

	@GetMapping
	@Operation(summary = "Every case type and the rules (administrators only)",
			description = "caseTypes: every row of the catalogue, active or not (code, names, family, case-number "
					+ "prefix, section, process key, form id, certificate title). decisions: the decision tables of "
					+ "the latest deployed version of each DMN decision (input and output labels, each rule's entries "
					+ "in column order, an empty entry matching any value, and its description in Lao and English). "
					+ "processes: the latest deployed version of each BPMN process with a link to its page in Cockpit. "
					+ "Read-only: the catalogue changes by data, the rules by deploying changed models.")
	CatalogueAnswer catalogue() {
		CatalogueOverview overview = this.catalogue.overview(this.currentActor.actor());
		return new CatalogueAnswer(
				overview.caseTypes()
					.stream()
					.map((type) -> new CaseTypeAnswer(type.code(), type.name().lo(), type.name().en(), type.family(),
							type.casePrefix(), type.sectionCode(), type.processKey(), type.formKey(),
							type.certificateTitle().lo(), type.certificateTitle().en(), type.active()))
					.toList(),
				overview.decisions().stream().map(CatalogueController::decision).toList(),
				overview.processes()
					.stream()
					.map((process) -> new ProcessAnswer(process.key(), process.name(), process.definitionId(),
							process.version(), this.publicAddress.link(process.cockpitPath())))
					.toList());
	}

	private static DecisionAnswer decision(DecisionTable table) {
		return new DecisionAnswer(table.key(), table.name(), table.definitionId(), table.version(), table.resource(),
				table.hitPolicy(), table.description().lo(), table.description().en(), table.inputs(), table.outputs(),
				table.rules().stream().map(CatalogueController::rule).toList());
	}

	private static RuleAnswer rule(DecisionRule rule) {
		return new RuleAnswer(rule.id(), rule.inputEntries(), rule.outputEntries(), rule.description().lo(),
				rule.description().en());
	}

	record CatalogueAnswer(List<CaseTypeAnswer> caseTypes, List<DecisionAnswer> decisions,
			List<ProcessAnswer> processes) {
	}

	record CaseTypeAnswer(String code, String nameLo, String nameEn, String family, String casePrefix, String section,
			String processKey, String formId, String certificateTitleLo, String certificateTitleEn, boolean active) {
	}

	record DecisionAnswer(String key, String name, String definitionId, int version, String resource, String hitPolicy,
			String descriptionLo, String descriptionEn, List<String> inputs, List<String> outputs,
			List<RuleAnswer> rules) {
	}

	record RuleAnswer(String id, List<String> inputEntries, List<String> outputEntries, String descriptionLo,
			String descriptionEn) {
	}

	record ProcessAnswer(String key, String name, String definitionId, int version, String cockpitUrl) {
	}

}

package la.anuyat.licence.process;

import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * The catalogue as an administrator reads it: every case type with what it names (family,
 * number prefix, section, process, form, certificate title), the decision tables the
 * processes consult (the rules the regulator may change), and the deployed processes.
 * What is shown is what runs: the latest deployed version of each model.
 *
 * @param caseTypes every case type, active or not, by code
 * @param decisions the decision tables, by key
 * @param processes the processes, by key
 */
public record CatalogueOverview(List<CaseTypeEntry> caseTypes, List<DecisionTable> decisions,
		List<ProcessModel> processes) {

	/**
	 * One row of the case-type catalogue.
	 *
	 * @param code e.g. {@code ICT-SOFT}
	 * @param name its name in Lao and English
	 * @param family e.g. {@code LICENCE}, {@code SANCTION}
	 * @param casePrefix the prefix of its case numbers
	 * @param sectionCode the section of an authority that handles it
	 * @param processKey the BPMN process that serves it
	 * @param formKey its application form; null when it is not applied for online
	 * @param certificateTitle the title printed on its certificate
	 * @param active whether it may be applied for (or opened) now
	 */
	public record CaseTypeEntry(String code, LocalizedText name, String family, String casePrefix, String sectionCode,
			String processKey, String formKey, LocalizedText certificateTitle, boolean active) {
	}

	/**
	 * One decision table as deployed.
	 *
	 * @param key the decision's key, which the processes evaluate
	 * @param name the decision's name
	 * @param definitionId the id of the deployed decision definition
	 * @param version its version
	 * @param resource the deployed file, e.g. {@code licence-validity.dmn}
	 * @param hitPolicy FIRST, UNIQUE, COLLECT…
	 * @param description what the table decides, in Lao and English
	 * @param inputs the labels of its input columns
	 * @param outputs the labels of its output columns
	 * @param rules its rules in order
	 */
	public record DecisionTable(String key, String name, String definitionId, int version, String resource,
			String hitPolicy, LocalizedText description, List<String> inputs, List<String> outputs,
			List<DecisionRule> rules) {
	}

	/**
	 * One rule of a decision table.
	 *
	 * @param id the rule's id in the model
	 * @param inputEntries one expression per input column (empty: any value)
	 * @param outputEntries one expression per output column
	 * @param description why the rule is there, in Lao and English
	 */
	public record DecisionRule(String id, List<String> inputEntries, List<String> outputEntries,
			LocalizedText description) {
	}

	/**
	 * One deployed process, which Cockpit shows with its running instances.
	 *
	 * @param key the process key the catalogue names
	 * @param name its name
	 * @param definitionId the id of its latest deployed definition
	 * @param version its version
	 * @param cockpitPath the path of its page in Cockpit
	 */
	public record ProcessModel(String key, String name, String definitionId, int version, String cockpitPath) {
	}

}

package la.anuyat.equipment;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which catalogue types this feature serves, from configuration
 * ({@code anuyat.equipment.*}) so that a renamed or an added type is no change of code:
 * <ul>
 * <li>{@code typeApprovalTypes}: the types whose approval puts a model in the public
 * equipment register (default {@code TA});</li>
 * <li>{@code importPermitTypes}: the types whose form lists models to import, each of
 * which must be type-approved (default {@code IMPORT});</li>
 * <li>{@code importModelsField}: the key of that list in their form (one model or
 * approval number a line);</li>
 * <li>{@code publicExhibits}: the document types of a type approval the public register
 * shows (test reports, external photos...);</li>
 * <li>{@code confidentialExhibits}: those it shows only from the date the applicant asked
 * them withheld until (internal photos, schematics).</li>
 * </ul>
 */
@ConfigurationProperties("anuyat.equipment")
public record EquipmentRules(@DefaultValue("TA") List<String> typeApprovalTypes,
		@DefaultValue("IMPORT") List<String> importPermitTypes, @DefaultValue("models") String importModelsField,
		@DefaultValue( {
				"test-report", "declaration-of-conformity", "external-photos" }) List<String> publicExhibits,
		@DefaultValue({ "internal-photos", "schematics" }) List<String> confidentialExhibits){

	public boolean approvesEquipment(String caseType) {
		return this.typeApprovalTypes.contains(caseType);
	}

	public boolean permitsImport(String caseType) {
		return this.importPermitTypes.contains(caseType);
	}

}

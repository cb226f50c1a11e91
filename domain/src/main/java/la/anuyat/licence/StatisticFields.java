package la.anuyat.licence;

import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * Which answers of a licence type's form the regulator counts its licences by (a field
 * tagged {@code "statistic": "true"}: a SIM-card dealer's operators and district),
 * implemented by the forms so that the statistics name no form's keys.
 */
public interface StatisticFields {

	/**
	 * @param licenceType the licence type code
	 * @param formDataJson the answers of a licence's application
	 * @return the tagged fields in the form's order, each with the answer's values (a
	 * multiple choice gives several); empty when the form tags none
	 */
	List<Dimension> dimensionsOf(String licenceType, String formDataJson);

	/** A tagged field and what one licence answered in it. */
	record Dimension(String key, LocalizedText label, List<Value> values) {
	}

	/** One answer, with its label when the field offers options. */
	record Value(String value, LocalizedText label) {
	}

}

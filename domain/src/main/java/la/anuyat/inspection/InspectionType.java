package la.anuyat.inspection;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of inspection the departments carry out, each with its checklist form
 * ({@code inspection-<code>}): shops and internet cafés, internet service providers,
 * equipment importers and distributors, SIM dealers, postal operators and the use of
 * frequencies (jointly with the ministry).
 */
public enum InspectionType {

	ICT_SHOP("ict-shop"), ISP("isp"), EQUIPMENT_DEALER("equipment-dealer"), SIM_DEALER("sim-dealer"),
	POSTAL_OPERATOR("postal-operator"), FREQUENCY_USE("frequency-use");

	/** What every checklist's form id starts with. */
	public static final String FORM_PREFIX = "inspection-";

	private final String code;

	InspectionType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The id of the checklist form, which is also the XForm's instance id. */
	public String formId() {
		return FORM_PREFIX + this.code;
	}

	public static Optional<InspectionType> ofFormId(String formId) {
		return Arrays.stream(values()).filter((type) -> type.formId().equals(formId)).findFirst();
	}

}

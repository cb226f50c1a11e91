package la.anuyat.equipment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The equipment as a type-approval application's form declares it (the keys of the
 * {@code equipment-type-approval} form).
 *
 * @param exhibitsWithheldUntil until when the confidential exhibits (internal photos,
 * schematics) stay out of the public register; {@code null} when none is asked for
 */
public record EquipmentDeclaration(String model, String manufacturerLo, String manufacturerEn, String equipmentClass,
		List<DeclaredBand> bands, String declaredStandards, LocalDate exhibitsWithheldUntil) {

	private static final ObjectMapper JSON = new ObjectMapper();

	static EquipmentDeclaration fromForm(String formDataJson) {
		JsonNode form;
		try {
			form = (formDataJson == null) ? JSON.createObjectNode() : JSON.readTree(formDataJson);
		}
		catch (JsonProcessingException ex) {
			// the intake validated the answers against the form: unreadable data is a
			// defect
			throw new IllegalStateException("Unreadable form data", ex);
		}
		String manufacturerEn = text(form, "manufacturerEn");
		String manufacturerLo = text(form, "manufacturerLo");
		return new EquipmentDeclaration(text(form, "model"), manufacturerLo.isEmpty() ? manufacturerEn : manufacturerLo,
				manufacturerEn, text(form, "equipmentClass").isEmpty() ? "other" : text(form, "equipmentClass"),
				DeclaredBand.parse("bands", text(form, "bands")), text(form, "declaredStandards"),
				date(text(form, "exhibitsWithheldUntil")));
	}

	private static String text(JsonNode form, String key) {
		JsonNode value = form.path(key);
		return value.isValueNode() ? value.asText().strip() : "";
	}

	private static LocalDate date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

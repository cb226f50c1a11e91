package la.anuyat.equipment.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.inspection.TypeApprovedEquipment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers inspections from the public equipment register: a model found on the premises
 * is type-approved when the register lists it (letter case aside) for that manufacturer,
 * however the inspector wrote the name (case, punctuation and spacing aside, in Lao or
 * English); a model found with no manufacturer noted is approved when any approval has
 * it.
 */
@Component
class RegisterTypeApprovals implements TypeApprovedEquipment {

	private final EquipmentRegisterRepository register;

	RegisterTypeApprovals(EquipmentRegisterRepository register) {
		this.register = register;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isApproved(String manufacturer, String model) {
		if (model == null || model.isBlank()) {
			return false;
		}
		List<RegisteredEquipment> approvals = this.register.findByModelIgnoringCase(model.strip());
		if (manufacturer == null || manufacturer.isBlank()) {
			return !approvals.isEmpty();
		}
		String wanted = key(manufacturer);
		return approvals.stream()
			.anyMatch((entry) -> wanted.equals(key(entry.getManufacturerEn()))
					|| wanted.equals(key(entry.getManufacturerLo())));
	}

	private static String key(String name) {
		if (name == null) {
			return "";
		}
		return Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Punct}\\s]+", "");
	}

}

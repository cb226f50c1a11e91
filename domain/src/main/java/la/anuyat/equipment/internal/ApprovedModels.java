package la.anuyat.equipment.internal;

import java.util.Locale;
import java.util.Optional;

import la.anuyat.equipment.RegisteredEquipment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the approved model a line names: by approval number, else by model name (letter
 * case aside). Apart from the service, because the check of an import permit runs inside
 * the case file's submission, which the service itself depends on.
 */
@Component
public class ApprovedModels {

	private final EquipmentRegisterRepository register;

	ApprovedModels(EquipmentRegisterRepository register) {
		this.register = register;
	}

	@Transactional(readOnly = true)
	public Optional<RegisteredEquipment> find(String modelOrApprovalNumber) {
		String wanted = (modelOrApprovalNumber == null) ? "" : modelOrApprovalNumber.strip();
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return this.register.findByApprovalNumber(wanted.toUpperCase(Locale.ROOT))
			.or(() -> this.register.findByModelIgnoringCase(wanted).stream().findFirst());
	}

}

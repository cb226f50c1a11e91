package la.anuyat.equipment.process.internal;

import la.anuyat.equipment.EquipmentService;
import la.anuyat.equipment.PowerLimits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the declared bands of the case's equipment against the allocation table and the
 * power limits (see {@link EquipmentService#checkBands}).
 */
@Component("checkEquipmentBandsDelegate")
class CheckEquipmentBandsDelegate implements JavaDelegate {

	private final EquipmentService equipment;

	private final PowerLimits limits;

	CheckEquipmentBandsDelegate(EquipmentService equipment, PowerLimits limits) {
		this.equipment = equipment;
		this.limits = limits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		this.equipment.checkBands(caseId, this.limits);
	}

}

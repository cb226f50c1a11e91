package la.anuyat.inspection.checklist;

import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * What a filled checklist found, read from its submission: the licence inspected, the
 * checks whose answer the checklist marks as a violation ({@code violationIf}), the
 * equipment found and the inspector's own findings.
 *
 * @param failedChecks each failed check as its label and the answer given
 */
public record ChecklistFindings(String formId, String licenceNumber, List<LocalizedText> failedChecks,
		List<EquipmentFound> equipment, String notes) {

	public ChecklistFindings {
		failedChecks = List.copyOf(failedChecks);
		equipment = List.copyOf(equipment);
	}

	/** One kind of equipment found on the premises. */
	public record EquipmentFound(String manufacturer, String model, Integer quantity) {
	}

}

package la.anuyat.inspection.checklist;

import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * What a filled checklist found, read from its submission: the licence inspected, the
 * checks whose answer the checklist marks as a violation ({@code violationIf}), the
 * equipment found and the inspector's own findings.
 *
 * @param failedChecks each failed check as its label and the answer given
 * @param answers every answered question outside the equipment list, photos and position,
 * in the checklist's order
 */
public record ChecklistFindings(String formId, String licenceNumber, List<LocalizedText> failedChecks,
		List<EquipmentFound> equipment, String notes, List<Answer> answers) {

	public ChecklistFindings {
		failedChecks = List.copyOf(failedChecks);
		equipment = List.copyOf(equipment);
		answers = List.copyOf(answers);
	}

	/** One answered question of the checklist, as the report prints it. */
	public record Answer(LocalizedText question, LocalizedText answer) {
	}

	/** One kind of equipment found on the premises. */
	public record EquipmentFound(String manufacturer, String model, Integer quantity) {
	}

}

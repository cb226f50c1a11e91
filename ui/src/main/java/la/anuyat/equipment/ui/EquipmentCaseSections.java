package la.anuyat.equipment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.equipment.BandAssessment;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.equipment.TypeApproval;
import la.anuyat.identity.Actor;

import org.springframework.core.annotation.Order;

/**
 * The staff case page of a type approval shows the band check the engineer concludes on:
 * each declared band, where it lies in the allocation table, its power limit and the
 * result, then the engineer's conclusion and justification. The case API carries the
 * same.
 */
@org.springframework.stereotype.Component
@Order(40)
class EquipmentCaseSections implements CaseSections {

	private final EquipmentService equipment;

	EquipmentCaseSections(EquipmentService equipment) {
		this.equipment = equipment;
	}

	@Override
	public Map<String, Object> apiProperties(CaseFile caseFile) {
		return this.equipment.typeApprovalOf(caseFile.getId()).<Map<String, Object>>map((approval) -> {
			Map<String, Object> assessment = new LinkedHashMap<>();
			assessment.put("allocationTable", approval.getAllocationEdition());
			assessment.put("bands", approval.getBands()
				.stream()
				.map((band) -> Map.of("range", band.band().range(), "eirpDbm", band.band().eirpDbm(), "result",
						band.getResult().name(), "limitDbm", (band.getLimitDbm() != null) ? band.getLimitDbm() : "",
						"allocation", (band.allocation() != null) ? band.allocation().en() : ""))
				.toList());
			if (approval.getOutcome() != null) {
				assessment.put("outcome", approval.getOutcome().taskOutcome());
				assessment.put("justification",
						(approval.getJustification() != null) ? approval.getJustification() : "");
			}
			return Map.of("equipmentAssessment", assessment);
		}).orElse(Map.of());
	}

	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		return this.equipment.typeApprovalOf(caseFile.getId())
			.<List<Component>>map((approval) -> List.of(panel(approval)))
			.orElse(List.of());
	}

	private Component panel(TypeApproval approval) {
		Div panel = new Div();
		panel.setId("equipment-assessment");
		panel.addClassName("case-panel");
		panel.add(new H3(
				panel.getTranslation("equipment.check.title", approval.getModel(), approval.getAllocationEdition())));
		Grid<BandAssessment> grid = new Grid<>();
		grid.setId("equipment-bands");
		grid.addColumn((band) -> band.band().range()).setHeader(panel.getTranslation("equipment.check.band"));
		grid.addColumn((band) -> String.format(Locale.ROOT, "%.1f dBm", band.band().eirpDbm()))
			.setHeader(panel.getTranslation("equipment.check.eirp"))
			.setAutoWidth(true);
		grid.addColumn((band) -> (band.allocation() != null) ? UserMessages.in(band.allocation())
				: panel.getTranslation("equipment.check.notAllocated"))
			.setHeader(panel.getTranslation("equipment.check.allocation"))
			.setFlexGrow(1);
		grid.addColumn((band) -> (band.getLimitDbm() != null)
				? String.format(Locale.ROOT, "%.1f dBm (%s)", band.getLimitDbm(), band.getLimitRule()) : "—")
			.setHeader(panel.getTranslation("equipment.check.limit"))
			.setFlexGrow(1);
		grid.addComponentColumn((band) -> {
			Span result = new Span(panel.getTranslation("equipment.result." + band.getResult().name()));
			result.getElement().setAttribute("data-result", band.getResult().name());
			result.getElement().getThemeList().add(band.getResult().complies() ? "badge success" : "badge error");
			return result;
		}).setHeader(panel.getTranslation("equipment.check.result")).setAutoWidth(true);
		grid.setItems(approval.getBands());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		panel.add(grid);
		if (approval.getOutcome() != null) {
			Paragraph conclusion = new Paragraph(panel.getTranslation("equipment.conclusion", approval.getAssessedBy(),
					panel.getTranslation("equipment.outcome." + approval.getOutcome().taskOutcome()))
					+ ((approval.getJustification() != null) ? ": " + approval.getJustification() : ""));
			conclusion.setId("equipment-conclusion");
			panel.add(conclusion);
		}
		return panel;
	}

}

package la.anuyat.spectrum.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import la.anuyat.app.ui.Fact;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.spectrum.SpectrumAssessment;
import la.anuyat.spectrum.SpectrumConflict;
import la.anuyat.spectrum.SpectrumLicensing;

import org.springframework.core.annotation.Order;

/**
 * The staff case page of a radio frequency licence shows the technical assessment's
 * report: the band-plan fit and its footnotes, the distance to the border, the conflicts
 * with active assignments (assignment, distance, frequency separation, margin), the
 * engineer's conclusion and the cross-border coordination, whose administrations and
 * reference the officer records here before concluding the coordination task. The case
 * API carries the report too, with the names of confidential assignments withheld.
 */
@org.springframework.stereotype.Component
@Order(45)
class SpectrumCaseSections implements CaseSections {

	static final String COORDINATION_TASK = "userTask_coordinateCrossBorder";

	private final SpectrumLicensing licensing;

	private final CaseWorkflow tasks;

	SpectrumCaseSections(SpectrumLicensing licensing, CaseWorkflow tasks) {
		this.licensing = licensing;
		this.tasks = tasks;
	}

	@Override
	public Map<String, Object> apiProperties(CaseFile caseFile) {
		return this.licensing.assessmentOf(caseFile.getId()).<Map<String, Object>>map((report) -> {
			Map<String, Object> assessment = new LinkedHashMap<>();
			assessment.put("verdict", report.getVerdict().name());
			assessment.put("allocationTable", report.getAllocationEdition());
			assessment.put("bandPlan", report.getBandPlanOutcome().name());
			assessment.put("band", (report.band() != null) ? report.band().en() : "");
			assessment.put("footnote", (report.footnote() != null) ? report.footnote().en() : "");
			assessment.put("bandPlanReason", (report.bandPlanReason() != null) ? report.bandPlanReason().en() : "");
			assessment.put("borderDistanceKm", round(report.getBorderDistanceKm()));
			assessment.put("coordinationRequired", report.isCoordinationRequired());
			assessment.put("conflicts", report.getConflicts().stream().map(SpectrumCaseSections::conflict).toList());
			if (report.getReviewOutcome() != null) {
				assessment.put("review", report.getReviewOutcome().taskOutcome());
				assessment.put("justification",
						(report.getReviewJustification() != null) ? report.getReviewJustification() : "");
			}
			if (report.getCoordinationOutcome() != null) {
				assessment.put("coordination", report.getCoordinationOutcome().taskOutcome());
			}
			return Map.of("spectrumAssessment", assessment);
		}).orElse(Map.of());
	}

	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		if (!actor.isStaff()) {
			return List.of();
		}
		return this.licensing.assessmentOf(caseFile.getId())
			.<List<Component>>map((report) -> List.of(panel(caseFile, report, actor, refresh)))
			.orElse(List.of());
	}

	private static Map<String, Object> conflict(SpectrumConflict conflict) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("assignment", conflict.getAssignmentReference());
		// a security service's station is never named outside the staff page
		line.put("station", conflict.isConfidential() ? "" : conflict.getStationName());
		line.put("distanceKm", round(conflict.getDistanceKm()));
		line.put("frequencySeparationMhz", conflict.getFrequencySeparationMhz());
		line.put("interferenceToNoiseDb", round(conflict.getInterferenceToNoiseDb()));
		line.put("marginDb", round(conflict.getMarginDb()));
		return line;
	}

	private Component panel(CaseFile caseFile, SpectrumAssessment report, Actor actor, Runnable refresh) {
		Div panel = new Div();
		panel.setId("spectrum-assessment");
		panel.addClassName("case-panel");
		panel.add(new H3(panel.getTranslation("spectrum.report.title", report.getAllocationEdition())));
		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(new Fact(panel.getTranslation("spectrum.report.verdict"),
				panel.getTranslation("spectrum.verdict." + report.getVerdict().name()))
			.withValueId("spectrum-verdict"));
		facts.add(new Fact(panel.getTranslation("spectrum.report.bandPlan"),
				(report.band() != null ? UserMessages.in(report.band()) + ": " : "")
						+ ((report.bandPlanReason() != null) ? UserMessages.in(report.bandPlanReason()) : "")));
		if (report.footnote() != null) {
			facts.add(new Fact(panel.getTranslation("spectrum.report.footnote"), UserMessages.in(report.footnote())));
		}
		facts.add(new Fact(panel.getTranslation("spectrum.report.border"),
				panel.getTranslation(
						report.isCoordinationRequired() ? "spectrum.report.borderNear" : "spectrum.report.borderFar",
						km(report.getBorderDistanceKm()), km(report.getCoordinationDistanceKm())))
			.withValueId("spectrum-border"));
		facts.add(new Fact(panel.getTranslation("spectrum.report.candidates"),
				panel.getTranslation("spectrum.report.candidatesValue", report.getCandidates(),
						km(report.getSearchDistanceKm()),
						String.format(Locale.ROOT, "%.0f", report.getThresholdDb()))));
		panel.add(facts);
		if (report.getConflicts().isEmpty()) {
			Paragraph none = new Paragraph(panel.getTranslation("spectrum.report.noConflicts"));
			none.setId("spectrum-no-conflicts");
			panel.add(none);
		}
		else {
			panel.add(conflicts(panel, report));
		}
		if (report.getReviewOutcome() != null) {
			Paragraph conclusion = new Paragraph(panel.getTranslation("spectrum.conclusion", report.getReviewedBy(),
					panel.getTranslation("outcome." + report.getReviewOutcome().taskOutcome()))
					+ ((report.getReviewJustification() != null) ? ": " + report.getReviewJustification() : ""));
			conclusion.setId("spectrum-conclusion");
			panel.add(conclusion);
		}
		if (report.getCoordinationAdministrations() != null) {
			Paragraph coordination = new Paragraph(panel.getTranslation("spectrum.coordination.recorded",
					report.getCoordinationAdministrations(), report.getCoordinationReference())
					+ ((report.getCoordinationOutcome() != null) ? " — "
							+ panel.getTranslation("outcome." + report.getCoordinationOutcome().taskOutcome())
							+ ((report.getCoordinationComment() != null) ? ": " + report.getCoordinationComment() : "")
							: ""));
			coordination.setId("spectrum-coordination");
			panel.add(coordination);
		}
		Set<String> open = this.tasks.tasksOfCase(actor, caseFile.getCaseNumber())
			.stream()
			.map(WorkItem::taskKey)
			.collect(Collectors.toSet());
		if (open.contains(COORDINATION_TASK)) {
			panel.add(coordinationForm(panel, caseFile, report, actor, refresh));
		}
		return panel;
	}

	private static Grid<SpectrumConflict> conflicts(Div panel, SpectrumAssessment report) {
		Grid<SpectrumConflict> grid = new Grid<>();
		grid.setId("spectrum-conflicts");
		grid.addColumn(SpectrumConflict::getAssignmentReference)
			.setHeader(panel.getTranslation("spectrum.conflict.assignment"))
			.setAutoWidth(true);
		grid.addColumn((conflict) -> conflict.getStationName() + " (" + conflict.getLicensee() + ")")
			.setHeader(panel.getTranslation("spectrum.conflict.station"))
			.setFlexGrow(1);
		grid.addColumn((conflict) -> km(conflict.getDistanceKm()) + " km")
			.setHeader(panel.getTranslation("spectrum.conflict.distance"))
			.setAutoWidth(true);
		grid.addColumn((conflict) -> String.format(Locale.ROOT, "%.4f MHz", conflict.getFrequencySeparationMhz()))
			.setHeader(panel.getTranslation("spectrum.conflict.separation"))
			.setAutoWidth(true);
		grid.addColumn((conflict) -> String.format(Locale.ROOT, "%.1f dB", conflict.getInterferenceToNoiseDb()))
			.setHeader(panel.getTranslation("spectrum.conflict.interferenceToNoise"))
			.setAutoWidth(true);
		grid.addColumn((conflict) -> String.format(Locale.ROOT, "%.1f dB", conflict.getMarginDb()))
			.setHeader(panel.getTranslation("spectrum.conflict.margin"))
			.setAutoWidth(true);
		grid.setItems(report.getConflicts());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		return grid;
	}

	private Div coordinationForm(Div panel, CaseFile caseFile, SpectrumAssessment report, Actor actor,
			Runnable refresh) {
		Div form = new Div(new H4(panel.getTranslation("spectrum.coordination.title")));
		form.setId("spectrum-coordination-form");
		TextField administrations = new TextField(panel.getTranslation("spectrum.coordination.administrations"));
		administrations.setId("spectrum-coordination-administrations");
		administrations.setPlaceholder(panel.getTranslation("spectrum.coordination.administrationsExample"));
		TextField reference = new TextField(panel.getTranslation("spectrum.coordination.reference"));
		reference.setId("spectrum-coordination-reference");
		if (report.getCoordinationAdministrations() != null) {
			administrations.setValue(report.getCoordinationAdministrations());
			reference.setValue(report.getCoordinationReference());
		}
		Button save = new Button(panel.getTranslation("spectrum.coordination.save"), (click) -> {
			try {
				this.licensing.recordCoordination(actor, caseFile.getId(), administrations.getValue(),
						reference.getValue());
				UserMessages.success(panel.getTranslation("spectrum.coordination.saved"));
				refresh.run();
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		save.setId("spectrum-coordination-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		form.add(new Paragraph(panel.getTranslation("spectrum.coordination.hint")), administrations, reference, save);
		return form;
	}

	private static String km(double km) {
		return String.format(Locale.ROOT, "%.1f", km);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

package la.anuyat.spectrum.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.AssessmentReport;
import la.anuyat.spectrum.AssessmentRequest;
import la.anuyat.spectrum.Assignment;
import la.anuyat.spectrum.BorderGeometry;
import la.anuyat.spectrum.Interference;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.beans.factory.annotation.Value;

/**
 * The spectrum map for staff: the public assignments as markers over Laos' provinces (a
 * base layer that needs no internet; tiles from {@code anuyat.map.tile-url} when set),
 * and a check of a request that draws the request, its search radius and a line to each
 * conflicting assignment with its distance and margin, and lists them.
 */
@Route(value = "spectrum/map", layout = MainLayout.class)
@RolesAllowed({ "SECTION_OFFICER", "LEADERSHIP", "MINISTRY_OFFICER", "ADMINISTRATOR" })
class SpectrumMapView extends VerticalLayout implements HasDynamicTitle {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SpectrumService spectrum;

	private final SpectrumMap map = new SpectrumMap();

	private final TextField stationName = new TextField();

	private final ComboBox<RadioService> service = new ComboBox<>();

	private final NumberField frequencyMhz = new NumberField();

	private final NumberField bandwidthKhz = new NumberField();

	private final TextField emission = new TextField();

	private final NumberField latitude = new NumberField();

	private final NumberField longitude = new NumberField();

	private final NumberField antennaHeightM = new NumberField();

	private final NumberField powerW = new NumberField();

	private final NumberField gainDbi = new NumberField();

	private final Paragraph verdict = new Paragraph();

	private final Paragraph border = new Paragraph();

	private final Grid<Interference> conflicts = new Grid<>();

	SpectrumMapView(SpectrumService spectrum, @Value("${anuyat.map.tile-url:}") String tileUrl,
			@Value("${anuyat.map.tile-attribution:}") String tileAttribution) {
		this.spectrum = spectrum;
		addClassName("page");
		setWidthFull();
		BorderGeometry laos = spectrum.borderGeometry();
		this.map.setId("spectrum-map");
		this.map.setWidthFull();
		this.map.setHeight("520px");
		// the page scrolls rather than squeezing the map
		this.map.getElement().getStyle().set("flex-shrink", "0");
		this.map.setBase(laos.countryGeoJson(), laos.provincesGeoJson());
		this.map.setTiles(tileUrl, tileAttribution);
		this.map.setAssignmentsJson(json(spectrum.publicRegister("", "", "").stream().map(this::marker).toList()));
		this.map.getElement()
			.setAttribute("aria-label", getTranslation("spectrum.map.label"))
			.setAttribute("role", "region");

		field(this.stationName, "spectrum-map-station", "spectrum.map.station");
		this.service.setId("spectrum-map-service");
		this.service.setLabel(getTranslation("spectrum.map.service"));
		this.service.setItems(RadioService.values());
		this.service.setItemLabelGenerator((value) -> getTranslation("spectrum.service." + value.name()));
		// most requests are land mobile bases
		this.service.setValue(RadioService.MOBILE);
		field(this.frequencyMhz, "spectrum-map-frequency", "spectrum.map.frequency");
		field(this.bandwidthKhz, "spectrum-map-bandwidth", "spectrum.map.bandwidth");
		field(this.emission, "spectrum-map-emission", "spectrum.map.emission");
		field(this.latitude, "spectrum-map-latitude", "spectrum.map.latitude");
		field(this.longitude, "spectrum-map-longitude", "spectrum.map.longitude");
		field(this.antennaHeightM, "spectrum-map-height", "spectrum.map.height");
		field(this.powerW, "spectrum-map-power", "spectrum.map.power");
		field(this.gainDbi, "spectrum-map-gain", "spectrum.map.gain");
		this.antennaHeightM.setValue(30.0);
		this.gainDbi.setValue(0.0);
		Button check = new Button(getTranslation("spectrum.map.check"), (click) -> check());
		check.setId("spectrum-map-check");
		check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(this.stationName, this.service, this.frequencyMhz, this.bandwidthKhz,
				this.emission, this.latitude, this.longitude, this.antennaHeightM, this.powerW, this.gainDbi);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3),
				new FormLayout.ResponsiveStep("60em", 5));

		this.verdict.setId("spectrum-map-verdict");
		this.border.setId("spectrum-map-border");
		this.conflicts.setId("spectrum-map-conflicts");
		this.conflicts.addColumn((c) -> c.assignment().getReference())
			.setHeader(getTranslation("spectrum.map.reference"))
			.setAutoWidth(true);
		this.conflicts.addColumn((c) -> c.assignment().getStationName())
			.setHeader(getTranslation("spectrum.map.assignment"))
			.setFlexGrow(1);
		this.conflicts.addColumn((c) -> figure(c.distanceKm()))
			.setHeader(getTranslation("spectrum.map.distance"))
			.setAutoWidth(true);
		this.conflicts.addColumn((c) -> figure(c.frequencySeparationMhz() * 1000))
			.setHeader(getTranslation("spectrum.map.separation"))
			.setAutoWidth(true);
		this.conflicts.addColumn((c) -> figure(c.interferenceToNoiseDb()))
			.setHeader(getTranslation("spectrum.map.iOverN"))
			.setAutoWidth(true);
		this.conflicts.addColumn((c) -> figure(c.marginDb()))
			.setHeader(getTranslation("spectrum.map.margin"))
			.setAutoWidth(true);
		this.conflicts.setAllRowsVisible(true);
		this.conflicts.setVisible(false);

		add(new H2(getTranslation("spectrum.map.title")), new Paragraph(getTranslation("spectrum.map.intro")), this.map,
				form, check, this.verdict, this.border, this.conflicts);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("spectrum.map.title");
	}

	private void check() {
		for (var field : List.of(this.stationName, this.emission)) {
			field.setInvalid(false);
		}
		AssessmentRequest request = new AssessmentRequest(this.stationName.getValue(),
				(this.service.getValue() != null) ? this.service.getValue().name() : null, this.frequencyMhz.getValue(),
				this.bandwidthKhz.getValue(), this.emission.getValue(), this.latitude.getValue(),
				this.longitude.getValue(), this.antennaHeightM.getValue(), this.powerW.getValue(), null,
				this.gainDbi.getValue(), null, null);
		AssessmentReport report;
		try {
			report = this.spectrum.assess(request);
		}
		catch (InvalidInputException invalid) {
			List<String> messages = new ArrayList<>();
			for (FieldError error : invalid.fieldErrors()) {
				messages.add(error.field() + ": " + error.message().in(getLocale()));
			}
			this.verdict.setText(invalid.text().in(getLocale()) + " " + String.join("; ", messages));
			this.conflicts.setVisible(false);
			this.map.setRequestJson(null);
			return;
		}
		Locale locale = getLocale();
		this.verdict.setText(switch (report.verdict()) {
			case CLEAR -> getTranslation("spectrum.map.clear", report.candidates(), figure(report.searchDistanceKm()));
			case CONFLICTS ->
				getTranslation("spectrum.map.conflicts", report.conflicts().size(), figure(report.searchDistanceKm()));
			case OUTSIDE_BAND_PLAN ->
				getTranslation("spectrum.map.outsideBandPlan", report.bandPlan().reason().in(locale));
		});
		this.border.setText(getTranslation(
				report.border().coordinationRequired() ? "spectrum.map.coordination" : "spectrum.map.noCoordination",
				figure(report.border().distanceKm()), figure(report.border().coordinationDistanceKm())));
		this.conflicts.setItems(report.conflicts());
		this.conflicts.setVisible(!report.conflicts().isEmpty());
		Map<String, Object> drawn = new LinkedHashMap<>();
		drawn.put("stationName", report.proposed().name());
		drawn.put("latitude", report.proposed().latitude());
		drawn.put("longitude", report.proposed().longitude());
		drawn.put("searchDistanceKm", report.searchDistanceKm());
		drawn.put("conflicts", report.conflicts().stream().map(SpectrumMapView::line).toList());
		this.map.setRequestJson(json(drawn));
	}

	private Map<String, Object> marker(Assignment a) {
		Map<String, Object> marker = new LinkedHashMap<>();
		marker.put("reference", a.getReference());
		marker.put("stationName", a.getStationName());
		marker.put("service", getTranslation("spectrum.service." + a.getService().name()));
		marker.put("frequencyMhz", a.getCentreFrequencyMhz());
		marker.put("latitude", a.getLatitude());
		marker.put("longitude", a.getLongitude());
		return marker;
	}

	/** Staff see every conflicting assignment, confidential ones included. */
	private static Map<String, Object> line(Interference conflict) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("reference", conflict.assignment().getReference());
		line.put("stationName", conflict.assignment().getStationName());
		line.put("latitude", conflict.assignment().getLatitude());
		line.put("longitude", conflict.assignment().getLongitude());
		line.put("distanceKm", figure(conflict.distanceKm()));
		line.put("marginDb", figure(conflict.marginDb()));
		return line;
	}

	private void field(com.vaadin.flow.component.HasLabel field, String id, String key) {
		field.setLabel(getTranslation(key));
		((com.vaadin.flow.component.Component) field).setId(id);
	}

	private static String figure(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

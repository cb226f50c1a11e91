package la.anuyat.complaint.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;

/**
 * An optional point on a small map: our own {@code <anuyat-point-picker>} element
 * ({@code META-INF/resources/map/point-picker.js}) on the Leaflet the spectrum map uses,
 * with the country outline as a base layer that needs no internet. Tap to place the
 * point, drag to move it; {@link #clear()} removes it. The server checks the point (it
 * must lie inside Laos), not this element.
 */
@Tag("anuyat-point-picker")
class PointPicker extends Component implements HasSize {

	private Double latitude;

	private Double longitude;

	PointPicker(String countryGeoJson, String tileUrl, String tileAttribution, String pinLabel) {
		getElement().getStyle().set("display", "block");
		getElement().setProperty("pinLabel", pinLabel);
		getElement().setProperty("country", countryGeoJson);
		getElement().setProperty("tileUrl", (tileUrl == null) ? "" : tileUrl.strip());
		getElement().setProperty("tileAttribution", (tileAttribution == null) ? "" : tileAttribution);
		getElement().addEventListener("point-changed", (event) -> {
			this.latitude = event.getEventData().getNumber("event.detail.latitude");
			this.longitude = event.getEventData().getNumber("event.detail.longitude");
		}).addEventData("event.detail.latitude").addEventData("event.detail.longitude");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		Page page = event.getUI().getPage();
		page.addStyleSheet("context://leaflet/leaflet.css");
		page.addJavaScript("context://leaflet/leaflet.js");
		page.addJavaScript("context://map/point-picker.js");
	}

	/** The point's latitude, or null when none is placed. */
	Double latitude() {
		return this.latitude;
	}

	Double longitude() {
		return this.longitude;
	}

	void clear() {
		this.latitude = null;
		this.longitude = null;
		getElement().setProperty("latitude", "");
		getElement().setProperty("longitude", "");
	}

}

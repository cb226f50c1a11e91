package la.anuyat.spectrum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;

/**
 * The spectrum map: our own {@code <anuyat-spectrum-map>} element
 * ({@code META-INF/resources/map/spectrum-map.js}) on Leaflet, which the build takes from
 * the npm registry ({@code /leaflet/}). Both are plain scripts of the application's own
 * origin, loaded when the map is shown, so the Content-Security-Policy needs nothing new
 * and Vaadin's prebuilt frontend bundle stays as it is. Every layer is set as a JSON
 * string.
 */
@Tag("anuyat-spectrum-map")
class SpectrumMap extends Component implements HasSize {

	SpectrumMap() {
		getElement().getStyle().set("display", "block");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		Page page = event.getUI().getPage();
		page.addStyleSheet("context://leaflet/leaflet.css");
		page.addJavaScript("context://leaflet/leaflet.js");
		page.addJavaScript("context://map/spectrum-map.js");
	}

	/** The base layer: the country outline and the provinces, GeoJSON. */
	void setBase(String countryGeoJson, String provincesGeoJson) {
		getElement().setProperty("country", countryGeoJson);
		getElement().setProperty("provinces", provincesGeoJson);
	}

	/** Tiles under the base layer; none when the URL is blank. */
	void setTiles(String url, String attribution) {
		getElement().setProperty("tileUrl", (url == null) ? "" : url.strip());
		getElement().setProperty("tileAttribution", (attribution == null) ? "" : attribution);
	}

	void setAssignmentsJson(String json) {
		getElement().setProperty("assignments", json);
	}

	/** A checked request with its search radius and conflicts, or none (null). */
	void setRequestJson(String json) {
		getElement().setProperty("request", (json == null) ? "" : json);
	}

}

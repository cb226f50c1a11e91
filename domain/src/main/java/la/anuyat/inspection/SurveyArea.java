package la.anuyat.inspection;

/**
 * The rectangle a field report's position must fall in: the country's bounding box, so
 * that a device still set to another place, or a typing error, is caught when the report
 * arrives rather than on the inspection case. Configured, not written in code.
 */
public record SurveyArea(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

	public boolean contains(Geopoint point) {
		return point.latitude() >= this.minLatitude && point.latitude() <= this.maxLatitude
				&& point.longitude() >= this.minLongitude && point.longitude() <= this.maxLongitude;
	}

}

package la.anuyat.inspection;

import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * A position as ODK records it: latitude and longitude in degrees (WGS 84), altitude in
 * metres and accuracy in metres, the last two possibly unknown.
 */
public record Geopoint(double latitude, double longitude, Double altitude, Double accuracy) {

	/**
	 * Reads the XForms geopoint text, "latitude longitude [altitude [accuracy]]".
	 * @throws InvalidInputException {@code fieldReport.position} when it is not one
	 */
	public static Geopoint parse(String text) {
		String[] parts = (text == null) ? new String[0] : text.strip().split("\\s+");
		if (parts.length < 2 || parts.length > 4) {
			throw invalid(text);
		}
		try {
			double latitude = Double.parseDouble(parts[0]);
			double longitude = Double.parseDouble(parts[1]);
			if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
				throw invalid(text);
			}
			return new Geopoint(latitude, longitude, (parts.length > 2) ? Double.valueOf(parts[2]) : null,
					(parts.length > 3) ? Double.valueOf(parts[3]) : null);
		}
		catch (NumberFormatException ex) {
			throw invalid(text);
		}
	}

	private static InvalidInputException invalid(String text) {
		return new InvalidInputException("fieldReport.position", LocalizedText
			.of("ຈຸດທີ່ຕັ້ງ \"" + text + "\" ບໍ່ຖືກຕ້ອງ", "The position \"" + text + "\" is not valid"));
	}

}

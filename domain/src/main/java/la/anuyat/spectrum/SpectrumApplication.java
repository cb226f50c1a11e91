package la.anuyat.spectrum;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The station and emission a radio frequency licence application asks for, as its form
 * ({@code spectrum-licence}) gives them: any answer may be missing, and
 * {@link SpectrumService#assess} says which is wrong.
 */
public record SpectrumApplication(String stationName, String service, Double latitude, Double longitude,
		Double siteElevationM, Double antennaHeightM, Double azimuthDeg, Double antennaGainDbi, String polarisation,
		Double centreFrequencyMhz, Double bandwidthKhz, String emissionDesignator, Double powerW,
		Double receiverThresholdDbm, Double serviceAreaRadiusKm, String areaClass) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The receiver threshold assumed when the applicant gives none, dBm. */
	static final double DEFAULT_RECEIVER_THRESHOLD_DBM = -110;

	public static SpectrumApplication fromForm(String formDataJson) {
		JsonNode form;
		try {
			form = (formDataJson == null) ? JSON.createObjectNode() : JSON.readTree(formDataJson);
		}
		catch (JsonProcessingException ex) {
			// the intake validated the answers against the form: unreadable data is a
			// defect
			throw new IllegalStateException("Unreadable form data", ex);
		}
		return new SpectrumApplication(text(form, "stationName"), text(form, "radioService"), number(form, "latitude"),
				number(form, "longitude"), number(form, "siteElevationM"), number(form, "antennaHeightM"),
				number(form, "azimuthDeg"), number(form, "antennaGainDbi"), text(form, "polarisation"),
				number(form, "centreFrequencyMhz"), number(form, "bandwidthKhz"), text(form, "emissionDesignator"),
				number(form, "powerW"), number(form, "receiverThresholdDbm"), number(form, "serviceAreaRadiusKm"),
				text(form, "areaClass"));
	}

	/** What the technical assessment checks. */
	public AssessmentRequest request() {
		return new AssessmentRequest(this.stationName, this.service, this.centreFrequencyMhz, this.bandwidthKhz,
				this.emissionDesignator, this.latitude, this.longitude, this.antennaHeightM, this.powerW, null,
				this.antennaGainDbi, null, this.receiverThresholdDbm);
	}

	/**
	 * The assignment a licence makes of it, valid as long as the licence; dBW is computed
	 * from the watts, to one decimal as records carry it.
	 */
	public AssignmentDetails details(String reference, String province, String licensee, LocalDate validFrom,
			LocalDate validUntil) {
		double watts = (this.powerW != null) ? this.powerW : 0;
		double dbw = Math.round(Power.dbw(watts) * 10) / 10.0;
		Polarisation polarised = Polarisation.VERTICAL;
		if (this.polarisation != null && !this.polarisation.isBlank()) {
			polarised = Polarisation.valueOf(this.polarisation.trim().toUpperCase(Locale.ROOT));
		}
		Station station = new Station(this.stationName, value(this.latitude), value(this.longitude),
				value(this.siteElevationM), value(this.antennaHeightM), this.azimuthDeg, value(this.antennaGainDbi),
				polarised);
		return new AssignmentDetails(reference, station,
				RadioService.valueOf(this.service.trim().toUpperCase(Locale.ROOT)), province,
				value(this.centreFrequencyMhz), value(this.bandwidthKhz), this.emissionDesignator, watts, dbw,
				(this.receiverThresholdDbm != null) ? this.receiverThresholdDbm : DEFAULT_RECEIVER_THRESHOLD_DBM,
				value(this.serviceAreaRadiusKm), licensee, validFrom, validUntil, false);
	}

	private static double value(Double number) {
		return (number != null) ? number : 0;
	}

	private static String text(JsonNode form, String key) {
		JsonNode value = form.path(key);
		return value.isValueNode() && !value.isNull() ? value.asText().strip() : null;
	}

	private static Double number(JsonNode form, String key) {
		JsonNode value = form.path(key);
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isTextual() && !value.asText().isBlank()) {
			try {
				return Double.valueOf(value.asText().strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}

package la.anuyat.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * The rules the technical fields of an assignment, or of a request to assess, must keep:
 * a position on the globe, an emission designator in the Appendix 1 format whose
 * bandwidth is the stated bandwidth, and power in watts and dBW that agree. Each check
 * adds a field error in Lao and English, so a caller learns of every problem at once.
 */
public final class AssignmentChecks {

	private AssignmentChecks() {
	}

	static void require(AssignmentDetails details) {
		List<FieldError> errors = new ArrayList<>();
		Station station = details.station();
		text(errors, "reference", details.reference());
		text(errors, "stationName", (station != null) ? station.name() : null);
		text(errors, "licensee", details.licensee());
		text(errors, "province", details.province());
		if (details.service() == null) {
			errors.add(required("service"));
		}
		if (station != null) {
			position(errors, station.latitude(), station.longitude());
			if (station.polarisation() == null) {
				errors.add(required("polarisation"));
			}
		}
		positive(errors, "centreFrequencyMhz", details.centreFrequencyMhz());
		positive(errors, "bandwidthKhz", details.bandwidthKhz());
		emission(errors, details.emissionDesignator(), details.bandwidthKhz());
		power(errors, details.powerW(), details.powerDbw());
		if (details.validFrom() == null || details.validUntil() == null
				|| details.validUntil().isBefore(details.validFrom())) {
			errors.add(new FieldError("validUntil", LocalizedText.of("ວັນໝົດອາຍຸຕ້ອງບໍ່ກ່ອນວັນເລີ່ມ",
					"The validity must end on or after the day it starts")));
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
	}

	public static InvalidInputException invalid(List<FieldError> errors) {
		return new InvalidInputException("spectrum.invalid",
				LocalizedText.of("ຂໍ້ມູນທາງເຕັກນິກບໍ່ຖືກຕ້ອງ", "The technical data are not valid"), errors);
	}

	/** The designator parses, and its bandwidth is the stated one. */
	public static Optional<EmissionDesignator> emission(List<FieldError> errors, String designator,
			double bandwidthKhz) {
		Optional<EmissionDesignator> parsed = EmissionDesignator.parse(designator);
		if (parsed.isEmpty()) {
			errors.add(new FieldError("emissionDesignator", LocalizedText.of(
					"ລະຫັດການປ່ອຍຄື້ນຕ້ອງຢູ່ໃນຮູບແບບຂອງ ITU RR ເອກະສານຊ້ອນທ້າຍ 1, ເຊັ່ນ 16K0F3E ຫຼື 5M00G7W",
					"The emission designator must be in the ITU RR Appendix 1 format, e.g. 16K0F3E or 5M00G7W")));
		}
		else if (bandwidthKhz > 0 && !parsed.get().hasBandwidthKhz(bandwidthKhz)) {
			String written = format(parsed.get().bandwidthKhz());
			errors.add(new FieldError("bandwidthKhz",
					LocalizedText.of(
							"ແບນວິດ " + format(bandwidthKhz) + " kHz ບໍ່ກົງກັບລະຫັດການປ່ອຍຄື້ນ (" + written + " kHz)",
							"The bandwidth " + format(bandwidthKhz) + " kHz does not match the emission designator's ("
									+ written + " kHz)")));
		}
		return parsed;
	}

	/** P(dBW) = 10·log10(P/W), to the rounding of one decimal. */
	public static void power(List<FieldError> errors, double watts, double dbw) {
		if (!(watts > 0)) {
			errors.add(new FieldError("powerW",
					LocalizedText.of("ກຳລັງສົ່ງຕ້ອງຫຼາຍກວ່າສູນ", "The transmitter power must be above zero")));
		}
		else if (!Power.consistent(watts, dbw)) {
			String expected = String.format(Locale.ROOT, "%.1f", Power.dbw(watts));
			errors.add(new FieldError("powerDbw", LocalizedText.of(
					"ກຳລັງສົ່ງເປັນ dBW ບໍ່ກົງກັບວັດ: " + format(watts) + " W = " + expected + " dBW",
					"The power in dBW does not match the watts: " + format(watts) + " W = " + expected + " dBW")));
		}
	}

	public static void position(List<FieldError> errors, double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90)) {
			errors.add(new FieldError("latitude", LocalizedText.of("ເສັ້ນຂະໜານຕ້ອງຢູ່ລະຫວ່າງ -90 ແລະ 90 ອົງສາ",
					"The latitude must lie between -90 and 90 degrees")));
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			errors.add(new FieldError("longitude", LocalizedText.of("ເສັ້ນແວງຕ້ອງຢູ່ລະຫວ່າງ -180 ແລະ 180 ອົງສາ",
					"The longitude must lie between -180 and 180 degrees")));
		}
	}

	public static void positive(List<FieldError> errors, String field, double value) {
		if (!(value > 0)) {
			errors.add(new FieldError(field, LocalizedText.of("ຄ່າຂອງ " + field + " ຕ້ອງຫຼາຍກວ່າສູນ",
					"The value of " + field + " must be above zero")));
		}
	}

	public static FieldError required(String field) {
		return new FieldError(field, LocalizedText.of("ກະລຸນາໃສ່ " + field, "The field " + field + " is required"));
	}

	private static void text(List<FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(required(field));
		}
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
	}

}

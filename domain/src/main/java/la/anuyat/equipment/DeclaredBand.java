package la.anuyat.equipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * One band the equipment transmits in, as the applicant declares it: its edges in MHz and
 * the highest power it radiates there (EIRP, dBm).
 *
 * @param lowerMhz the lower edge
 * @param upperMhz the upper edge, above the lower
 * @param eirpDbm the maximum EIRP in the band
 */
public record DeclaredBand(double lowerMhz, double upperMhz, double eirpDbm) {

	/**
	 * One band a line: {@code 2400-2483.5 MHz, 20 dBm} (the unit "MHz" may be left out).
	 */
	private static final Pattern LINE = Pattern.compile(
			"\\s*(\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(\\d+(?:\\.\\d+)?)\\s*(?:MHz)?\\s*[,;]?\\s*(-?\\d+(?:\\.\\d+)?)\\s*dBm\\s*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The bands of the form's text, one a line.
	 * @throws InvalidInputException naming the line that does not read as a band
	 */
	public static List<DeclaredBand> parse(String field, String text) {
		List<DeclaredBand> bands = new ArrayList<>();
		for (String line : (text == null) ? new String[0] : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			double lower = matcher.matches() ? Double.parseDouble(matcher.group(1)) : 0;
			double upper = matcher.matches() ? Double.parseDouble(matcher.group(2)) : 0;
			if (!matcher.matches() || lower >= upper) {
				LocalizedText reason = LocalizedText.of(
						"ອ່ານແຖບຄວາມຖີ່ບໍ່ໄດ້: \"" + line.strip() + "\" (ຕົວຢ່າງ: 2400-2483.5 MHz, 20 dBm)",
						"Cannot read the band \"" + line.strip() + "\" (for example: 2400-2483.5 MHz, 20 dBm)");
				throw new InvalidInputException("equipment.band", reason, List.of(new FieldError(field, reason)));
			}
			bands.add(new DeclaredBand(lower, upper, Double.parseDouble(matcher.group(3))));
		}
		if (bands.isEmpty()) {
			LocalizedText reason = LocalizedText.of("ກະລຸນາລະບຸແຖບຄວາມຖີ່ຢ່າງໜ້ອຍໜຶ່ງແຖບ",
					"Declare at least one band the equipment transmits in");
			throw new InvalidInputException("equipment.noBand", reason, List.of(new FieldError(field, reason)));
		}
		return bands;
	}

	/** As the register and the certificate print it: {@code 2400–2483.5 MHz}. */
	public String range() {
		return number(this.lowerMhz) + "–" + number(this.upperMhz) + " MHz";
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
	}

}

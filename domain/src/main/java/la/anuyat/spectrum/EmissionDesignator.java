package la.anuyat.spectrum;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class of emission as the ITU Radio Regulations, Appendix 1, write it: the necessary
 * bandwidth in four characters (three digits and a unit letter H, K, M or G standing in
 * the place of the decimal point, e.g. {@code 16K0} = 16.0 kHz, {@code 200K} = 200 kHz,
 * {@code 5M00} = 5.00 MHz), then three classification symbols: the type of modulation of
 * the main carrier, the nature of the modulating signal and the type of information (e.g.
 * {@code F3E}: frequency modulation, one analogue channel, telephony). Appendix 1 also
 * allows two optional symbols after these (details of the signal, multiplexing).
 *
 * <p>
 * Appendix 1 §1 says the first character is neither a zero nor one of K, M, G: so
 * {@code 0K50} is written {@code 500H}.
 */
public record EmissionDesignator(String text, double bandwidthHz, char modulation, char signal, char information) {

	// §2 and §3 of Appendix 1: the symbols of the basic characteristics (first, second,
	// third) and the optional fourth (details of signal) and fifth (multiplexing)
	private static final Pattern FORMAT = Pattern
		.compile("([0-9HKMG]{4})([NAHRJBCFGDPKLMQVWX])([0-3789X])([NABCDEFWX])([ABCDEFGHJKLMNWX][CFNTWX])?");

	public static Optional<EmissionDesignator> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String bandwidth = matcher.group(1);
		int unitAt = -1;
		for (int i = 0; i < 4; i++) {
			if (!Character.isDigit(bandwidth.charAt(i))) {
				if (unitAt >= 0) {
					return Optional.empty();
				}
				unitAt = i;
			}
		}
		char first = bandwidth.charAt(0);
		if (unitAt < 0 || first == '0' || first == 'K' || first == 'M' || first == 'G') {
			return Optional.empty();
		}
		double unit = switch (bandwidth.charAt(unitAt)) {
			case 'H' -> 1;
			case 'K' -> 1e3;
			case 'M' -> 1e6;
			default -> 1e9;
		};
		String number = bandwidth.substring(0, unitAt) + "." + bandwidth.substring(unitAt + 1);
		double hz = Double.parseDouble(number.startsWith(".") ? "0" + number : number) * unit;
		String classes = matcher.group(2) + matcher.group(3) + matcher.group(4);
		return Optional
			.of(new EmissionDesignator(text.trim(), hz, classes.charAt(0), classes.charAt(1), classes.charAt(2)));
	}

	public double bandwidthKhz() {
		return this.bandwidthHz / 1e3;
	}

	/**
	 * Whether the designator's bandwidth is the given one. Four characters carry three
	 * significant digits, so anything that rounds to the same written value matches.
	 */
	public boolean hasBandwidthKhz(double bandwidthKhz) {
		return Math.abs(bandwidthKhz * 1e3 - this.bandwidthHz) <= this.bandwidthHz * 0.005;
	}

}
